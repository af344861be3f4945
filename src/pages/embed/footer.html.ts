/** /embed/footer.html: the footer fragment a related site includes at its own build. */
import type { APIRoute } from "astro";
import { getSiteModel } from "../../data/site-model.ts";
import { footerData, renderFooterHtml } from "../../outputs/index.ts";

export const GET: APIRoute = async () =>
  new Response(renderFooterHtml(footerData(await getSiteModel())), {
    headers: { "Content-Type": "text/html; charset=utf-8" },
  });
