/** /embed/footer.<lang>.json: the footer data in a translation's language. */
import type { APIRoute } from "astro";
import { getSiteModel } from "../../data/site-model.ts";
import { footerData, renderFooterJson } from "../../outputs/index.ts";
import { siteLanguage, translatedRoutes } from "../../site/index.ts";

export async function getStaticPaths() {
  return translatedRoutes(await getSiteModel());
}

export const GET: APIRoute = async ({ params }) => {
  const model = await getSiteModel();
  return new Response(renderFooterJson(footerData(model, siteLanguage(model, params["lang"]))), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
