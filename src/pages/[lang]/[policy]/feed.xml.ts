/** `/<lang>/<policy>/feed.xml`: the Atom feed of one policy in a translation's language. */
import type { APIRoute } from "astro";
import { getSiteModel } from "../../../data/site-model.ts";
import { atomFeed } from "../../../outputs/index.ts";
import {
  policyRoutes,
  siteLanguage,
  translatedRoutes,
  type PolicyRouteProps,
} from "../../../site/index.ts";

export async function getStaticPaths() {
  const model = await getSiteModel();
  return translatedRoutes(model, policyRoutes(model));
}

export const GET: APIRoute = async ({ params, props }) => {
  const model = await getSiteModel();
  const language = siteLanguage(model, params["lang"]);
  return new Response(atomFeed(model, (props as PolicyRouteProps).policy, language), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8" },
  });
};
