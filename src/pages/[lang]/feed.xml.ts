/** `/<lang>/feed.xml`: the Atom feed of every policy in a translation's language. */
import type { APIRoute } from "astro";
import { getSiteModel } from "../../data/site-model.ts";
import { atomFeed } from "../../outputs/index.ts";
import { siteLanguage, translatedRoutes } from "../../site/index.ts";

export async function getStaticPaths() {
  return translatedRoutes(await getSiteModel());
}

export const GET: APIRoute = async ({ params }) => {
  const model = await getSiteModel();
  return new Response(atomFeed(model, undefined, siteLanguage(model, params["lang"])), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8" },
  });
};
