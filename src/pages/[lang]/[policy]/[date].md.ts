/**
 * `/<lang>/<policy>/<YYYY-MM-DD>.md`: a translation's Markdown source, byte for byte as
 * committed: the bytes validation read and hashed.
 */
import type { APIRoute } from "astro";
import { getSiteModel } from "../../../data/site-model.ts";
import { translationOf, versionRoutes } from "../../../site/index.ts";

export async function getStaticPaths() {
  const model = await getSiteModel();
  return model.languages
    .filter((language) => !language.authoritative)
    .flatMap((language) =>
      versionRoutes(model).flatMap((route) => {
        const translation = translationOf(route.props.version, language.tag);
        return translation
          ? [
              {
                params: { ...route.params, lang: language.prefix.slice(1) },
                props: { translation },
              },
            ]
          : [];
      }),
    );
}

export const GET: APIRoute = ({ props }) =>
  new Response((props as { translation: { bytes: Uint8Array<ArrayBuffer> } }).translation.bytes, {
    headers: { "Content-Type": "text/markdown; charset=utf-8" },
  });
