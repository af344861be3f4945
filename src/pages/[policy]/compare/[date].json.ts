/**
 * `/<policy>/compare/<YYYY-MM-DD>.json`: one version read into redline blocks, packed
 * (src/redline/transfer.ts), for the compare page to compare in the browser: the blocks
 * its record carries, as the content stage read them.
 */
import type { APIRoute } from "astro";
import { getSiteModel } from "../../../data/site-model.ts";
import { versionRoutes, type VersionRouteProps } from "../../../site/index.ts";

export async function getStaticPaths() {
  return versionRoutes(await getSiteModel());
}

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props as VersionRouteProps).version.redlineBlocks), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
