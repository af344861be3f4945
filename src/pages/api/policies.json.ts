/** `/api/policies.json`: every policy and version (shape: src/outputs/api.ts). */
import type { APIRoute } from "astro";
import { getSiteModel } from "../../data/site-model.ts";
import { policiesApi } from "../../outputs/index.ts";

export const GET: APIRoute = async () =>
  new Response(policiesApi(await getSiteModel()), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
