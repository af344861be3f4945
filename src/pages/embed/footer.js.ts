/** /embed/footer.js: the script a related site adds with one tag. */
import type { APIRoute } from "astro";
import { getSiteModel } from "../../data/site-model.ts";
import { footerData, renderFooterScript } from "../../outputs/index.ts";
// Bundled once by the Redline integration (src/outputs/footer-script.ts).
import client from "virtual:redline/footer-client";

export const GET: APIRoute = async () =>
  new Response(renderFooterScript(footerData(await getSiteModel()), client), {
    headers: { "Content-Type": "text/javascript; charset=utf-8" },
  });
