/**
 * `/<policy>/compare/<YYYY-MM-DD>.json`: one version read into redline blocks, packed
 * (src/redline/transfer.ts), for the compare page to compare in the browser.
 */
import type { APIRoute } from "astro";
import { getSiteModel } from "../../../data/site-model.ts";
import { packVersion } from "../../../redline/index.ts";
import { preparedVersion } from "../../../redline/redlines.ts";
import { versionRoutes, type VersionRouteProps } from "../../../site/index.ts";

export async function getStaticPaths() {
  return versionRoutes(await getSiteModel());
}

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(packVersion(preparedVersion((props as VersionRouteProps).version))), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
