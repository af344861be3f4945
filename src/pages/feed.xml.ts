/** `/feed.xml`: an Atom feed of every version of every policy. */
import type { APIRoute } from "astro";
import { getSiteModel } from "../data/site-model.ts";
import { atomFeed } from "../outputs/index.ts";

export const GET: APIRoute = async () =>
  new Response(atomFeed(await getSiteModel()), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8" },
  });
