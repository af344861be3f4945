/** /embed/footer.<lang>.js: the footer script in a translation's language. */
import type { APIRoute } from "astro";
import { getSiteModel } from "../../data/site-model.ts";
import { footerData, renderFooterScript } from "../../outputs/index.ts";
import { siteLanguage, translatedRoutes } from "../../site/index.ts";
// Bundled once by the Redline integration (src/outputs/footer-script.ts).
import client from "virtual:redline/footer-client";

export async function getStaticPaths() {
  return translatedRoutes(await getSiteModel());
}

export const GET: APIRoute = async ({ params }) => {
  const model = await getSiteModel();
  const data = footerData(model, siteLanguage(model, params["lang"]));
  return new Response(renderFooterScript(data, client), {
    headers: { "Content-Type": "text/javascript; charset=utf-8" },
  });
};
