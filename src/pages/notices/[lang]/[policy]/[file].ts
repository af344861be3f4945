/**
 * `/notices/<lang>/<policy>/<YYYY-MM-DD>.txt` and `.html`: the notice e-mail of a material
 * change in a translation's language, for each version that has a translation.
 */
import type { APIRoute } from "astro";
import { getSiteModel } from "../../../../data/site-model.ts";
import { noticeEmail, noticeVersions } from "../../../../outputs/index.ts";
import {
  localizedVersion,
  siteLanguage,
  translationOf,
  type PolicyModel,
  type VersionModel,
} from "../../../../site/index.ts";

export async function getStaticPaths() {
  const model = await getSiteModel();
  return model.languages
    .filter((language) => !language.authoritative)
    .flatMap((language) =>
      model.policies.flatMap((policy) =>
        noticeVersions(policy)
          .filter((version) => translationOf(version, language.tag))
          .flatMap((version) =>
            (["txt", "html"] as const).map((format) => ({
              params: {
                lang: language.prefix.slice(1),
                policy: policy.slug,
                file: `${version.effective}.${format}`,
              },
              props: { policy, version, format },
            })),
          ),
      ),
    );
}

export const GET: APIRoute = async ({ params, props }) => {
  const { policy, version, format } = props as {
    policy: PolicyModel;
    version: VersionModel;
    format: "txt" | "html";
  };
  const model = await getSiteModel();
  const language = siteLanguage(model, params["lang"]);
  const email = noticeEmail(model, localizedVersion(policy, version, language), language);
  return format === "txt"
    ? new Response(email.text, { headers: { "Content-Type": "text/plain; charset=utf-8" } })
    : new Response(email.html, { headers: { "Content-Type": "text/html; charset=utf-8" } });
};
