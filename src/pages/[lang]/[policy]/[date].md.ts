/**
 * `/<lang>/<policy>/<YYYY-MM-DD>.md`: a translation's Markdown source, byte for byte as
 * committed: the bytes validation read and hashed.
 */
import type { APIRoute } from "astro";
import { getSiteModel } from "../../../data/site-model.ts";
import { translatedVersionRoutes, translationOf } from "../../../site/index.ts";

export async function getStaticPaths() {
  return translatedVersionRoutes(await getSiteModel());
}

type Props = ReturnType<typeof translatedVersionRoutes>[number]["props"];

export const GET: APIRoute = ({ props }) => {
  const { version, language } = props as Props;
  return new Response(translationOf(version, language.tag)?.bytes, {
    headers: { "Content-Type": "text/markdown; charset=utf-8" },
  });
};
