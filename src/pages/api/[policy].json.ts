/** `/api/<policy>.json`: one policy and its versions (shape: src/lib/api.ts). */
import type { APIRoute } from "astro";
import { getSiteModel } from "../../data/site-model.ts";
import { policyApi } from "../../lib/api.ts";
import { policyRoutes, type PolicyRouteProps } from "../../lib/routes.ts";

export async function getStaticPaths() {
  return policyRoutes(await getSiteModel());
}

export const GET: APIRoute = async ({ props }) =>
  new Response(policyApi(await getSiteModel(), (props as PolicyRouteProps).policy), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
