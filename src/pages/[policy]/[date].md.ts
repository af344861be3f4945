/**
 * `/<policy>/<YYYY-MM-DD>.md`: the version's Markdown source, byte for byte as committed
 * (the collection keeps a normalized body, so the file itself is read).
 */
import type { APIRoute } from "astro";
import { getSiteModel } from "../../data/site-model.ts";
import { readVersionBytes } from "../../content/index.ts";
import { versionRoutes, type VersionRouteProps } from "../../site/index.ts";

export async function getStaticPaths() {
  return versionRoutes(await getSiteModel());
}

export const GET: APIRoute = ({ props }) =>
  new Response(readVersionBytes((props as VersionRouteProps).version), {
    headers: { "Content-Type": "text/markdown; charset=utf-8" },
  });
