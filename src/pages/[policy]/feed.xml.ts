/** `/<policy>/feed.xml`: an Atom feed of one policy's versions. */
import type { APIRoute } from "astro";
import { getSiteModel } from "../../data/site-model.ts";
import { atomFeed } from "../../outputs/index.ts";
import { policyRoutes, type PolicyRouteProps } from "../../site/index.ts";

export async function getStaticPaths() {
  return policyRoutes(await getSiteModel());
}

export const GET: APIRoute = async ({ props }) =>
  new Response(atomFeed(await getSiteModel(), (props as PolicyRouteProps).policy), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8" },
  });
