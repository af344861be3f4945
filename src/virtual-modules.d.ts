/** The modules the Redline integration (src/integrations/redline.ts) gives the pages. */
declare module "virtual:redline/site-model" {
  /** The one site model, built once from the validated content. */
  export const siteModel: import("./site/index.ts").SiteModel;
}

declare module "virtual:redline/footer-client" {
  /** The footer script for related sites, bundled and minified, its data still to be inlined. */
  const code: string;
  export default code;
}
