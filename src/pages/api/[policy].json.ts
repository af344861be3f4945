/** `/api/<policy>.json`: one policy and its versions (shape: src/outputs/api.ts). */
import type { APIRoute } from "astro";
import { getSiteModel } from "../../data/site-model.ts";
import { policyApi } from "../../outputs/index.ts";
import { policyRoutes, type PolicyRouteProps } from "../../site/index.ts";

export async function getStaticPaths() {
  return policyRoutes(await getSiteModel());
}

export const GET: APIRoute = async ({ props }) =>
  new Response(policyApi(await getSiteModel(), (props as PolicyRouteProps).policy), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
