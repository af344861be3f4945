/// <reference types="astro/client" />
/** /embed/footer.js: the script a related site adds with one tag. */
import type { APIRoute } from "astro";
import { getSiteModel } from "../../data/site-model.ts";
import { footerData, renderFooterScript } from "../../outputs/index.ts";
// As text: src/outputs/footer.ts minifies it and inlines the data.
import client from "../../embed/footer-client.js?raw";

export const GET: APIRoute = async () =>
  new Response(renderFooterScript(footerData(await getSiteModel()), client), {
    headers: { "Content-Type": "text/javascript; charset=utf-8" },
  });
