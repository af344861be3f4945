/**
 * `/<policy>/<YYYY-MM-DD>.md`: the version's Markdown source, byte for byte as committed:
 * the bytes validation read and hashed.
 */
import type { APIRoute } from "astro";
import { getSiteModel } from "../../data/site-model.ts";
import { versionRoutes, type VersionRouteProps } from "../../site/index.ts";

export async function getStaticPaths() {
  return versionRoutes(await getSiteModel());
}

export const GET: APIRoute = ({ props }) =>
  new Response((props as VersionRouteProps).version.bytes, {
    headers: { "Content-Type": "text/markdown; charset=utf-8" },
  });
