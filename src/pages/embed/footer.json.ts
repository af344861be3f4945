/** /embed/footer.json: the footer data, for related sites that render the footer themselves. */
import type { APIRoute } from "astro";
import { getSiteModel } from "../../data/site-model.ts";
import { footerData, renderFooterJson } from "../../outputs/index.ts";

export const GET: APIRoute = async () =>
  new Response(renderFooterJson(footerData(await getSiteModel())), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
