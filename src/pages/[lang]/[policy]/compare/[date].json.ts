/**
 * `/<lang>/<policy>/compare/<YYYY-MM-DD>.json`: one translation read into redline blocks,
 * for the compare page of a translation's tree (src/pages/[policy]/compare/[date].json.ts).
 */
import type { APIRoute } from "astro";
import { getSiteModel } from "../../../../data/site-model.ts";
import { packVersion } from "../../../../redline/index.ts";
import { preparedVersion } from "../../../../redline/redlines.ts";
import {
  localizedVersion,
  siteLanguage,
  translationOf,
  versionRoutes,
  type VersionRouteProps,
} from "../../../../site/index.ts";

export async function getStaticPaths() {
  const model = await getSiteModel();
  return model.languages
    .filter((language) => !language.authoritative)
    .flatMap((language) =>
      versionRoutes(model)
        .filter((route) => translationOf(route.props.version, language.tag))
        .map((route) => ({
          params: { ...route.params, lang: language.prefix.slice(1) },
          props: route.props,
        })),
    );
}

export const GET: APIRoute = async ({ params, props }) => {
  const { policy, version } = props as VersionRouteProps;
  const language = siteLanguage(await getSiteModel(), params["lang"]);
  return new Response(
    JSON.stringify(packVersion(preparedVersion(localizedVersion(policy, version, language)))),
    { headers: { "Content-Type": "application/json; charset=utf-8" } },
  );
};
