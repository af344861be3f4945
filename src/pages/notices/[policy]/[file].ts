/**
 * `/notices/<policy>/<YYYY-MM-DD>.txt` and `.html`: the notice e-mail of each material
 * change, ready for the company's mailing tool. A withdrawn change's e-mail says it was
 * withdrawn; a postponed one's is also written at its old dates and says it was postponed.
 */
import type { APIRoute } from "astro";
import { getSiteModel } from "../../../data/site-model.ts";
import { noticeEmail, noticeEmailNames, noticeVersions } from "../../../outputs/index.ts";
import type { VersionModel } from "../../../site/index.ts";

export async function getStaticPaths() {
  const model = await getSiteModel();
  return model.policies.flatMap((policy) =>
    noticeVersions(policy).flatMap((version) =>
      noticeEmailNames(version).flatMap((name) =>
        (["txt", "html"] as const).map((format) => ({
          params: { policy: policy.slug, file: `${name}.${format}` },
          props: { version, format },
        })),
      ),
    ),
  );
}

export const GET: APIRoute = async ({ props }) => {
  const { version, format } = props as { version: VersionModel; format: "txt" | "html" };
  const email = noticeEmail(await getSiteModel(), version);
  return format === "txt"
    ? new Response(email.text, { headers: { "Content-Type": "text/plain; charset=utf-8" } })
    : new Response(email.html, { headers: { "Content-Type": "text/html; charset=utf-8" } });
};
