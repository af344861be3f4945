/** /embed/footer.<lang>.html: the footer fragment in a translation's language. */
import type { APIRoute } from "astro";
import { getSiteModel } from "../../data/site-model.ts";
import { footerData, renderFooterHtml } from "../../outputs/index.ts";
import { siteLanguage, translatedRoutes } from "../../site/index.ts";

export async function getStaticPaths() {
  return translatedRoutes(await getSiteModel());
}

export const GET: APIRoute = async ({ params }) => {
  const model = await getSiteModel();
  return new Response(renderFooterHtml(footerData(model, siteLanguage(model, params["lang"]))), {
    headers: { "Content-Type": "text/html; charset=utf-8" },
  });
};
