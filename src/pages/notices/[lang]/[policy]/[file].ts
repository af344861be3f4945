/**
 * `/notices/<lang>/<policy>/<YYYY-MM-DD>.txt` and `.html`: the notice e-mail of a material
 * change in a translation's language, for each version that has a translation.
 */
import type { APIRoute } from "astro";
import { getSiteModel } from "../../../../data/site-model.ts";
import { noticeEmail, noticeVersions } from "../../../../outputs/index.ts";
import { localizedVersion, translatedVersionRoutes } from "../../../../site/index.ts";

export async function getStaticPaths() {
  return translatedVersionRoutes(await getSiteModel(), noticeVersions).flatMap(
    ({ params, props }) =>
      (["txt", "html"] as const).map((format) => ({
        params: { lang: params.lang, policy: params.policy, file: `${params.date}.${format}` },
        props: { ...props, format },
      })),
  );
}

type Props = ReturnType<typeof translatedVersionRoutes>[number]["props"] & {
  format: "txt" | "html";
};

export const GET: APIRoute = async ({ props }) => {
  const { policy, version, language, format } = props as Props;
  const email = noticeEmail(
    await getSiteModel(),
    localizedVersion(policy, version, language),
    language,
  );
  return format === "txt"
    ? new Response(email.text, { headers: { "Content-Type": "text/plain; charset=utf-8" } })
    : new Response(email.html, { headers: { "Content-Type": "text/html; charset=utf-8" } });
};
