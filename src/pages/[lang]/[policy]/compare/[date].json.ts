/**
 * `/<lang>/<policy>/compare/<YYYY-MM-DD>.json`: one translation read into redline blocks,
 * for the compare page of a translation's tree (src/pages/[policy]/compare/[date].json.ts).
 */
import type { APIRoute } from "astro";
import { getSiteModel } from "../../../../data/site-model.ts";
import { packVersion } from "../../../../redline/index.ts";
import { preparedVersion } from "../../../../redline/redlines.ts";
import { localizedVersion, translatedVersionRoutes } from "../../../../site/index.ts";

export async function getStaticPaths() {
  return translatedVersionRoutes(await getSiteModel());
}

type Props = ReturnType<typeof translatedVersionRoutes>[number]["props"];

export const GET: APIRoute = ({ props }) => {
  const { policy, version, language } = props as Props;
  return new Response(
    JSON.stringify(packVersion(preparedVersion(localizedVersion(policy, version, language)))),
    { headers: { "Content-Type": "application/json; charset=utf-8" } },
  );
};
