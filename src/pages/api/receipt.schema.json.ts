/** `/api/receipt.schema.json`: the JSON Schema of an acceptance receipt (src/outputs/receipt.ts). */
import type { APIRoute } from "astro";
import { getSiteModel } from "../../data/site-model.ts";
import { receiptJsonSchema } from "../../outputs/index.ts";

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(receiptJsonSchema((await getSiteModel()).site.url), null, 2) + "\n", {
    headers: { "Content-Type": "application/schema+json; charset=utf-8" },
  });
