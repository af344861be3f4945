/**
 * The facts of a version for machines: schema.org JSON-LD in every version page, so that
 * a search engine, an archive or a compliance tool reads the document, its version, its
 * dates and the SHA-256 of its source without parsing the page. Rendered into
 * `<script type="application/ld+json">` with inlineJson, so no title or reason an editor
 * writes can end the element.
 */
import type { SiteConfig } from "../content/index.ts";
import type { VersionModel } from "../site/index.ts";
import { absoluteUrl, policyPath, versionPath, versionSourcePath } from "../site/index.ts";
import { lastChanged } from "./feeds.ts";
import { localizedPath, type SiteLanguage } from "../i18n/index.ts";

/** What each status is called in `creativeWorkStatus`. */
const STATUS_WORDS = {
  past: "Archived",
  current: "In effect",
  upcoming: "Upcoming",
  withdrawn: "Withdrawn",
} as const;

/** The version as a schema.org `DigitalDocument`. */
/** `language`: the page's (a translation's page has its own URL under `/<lang>/`). */
export function versionJsonLd(
  site: SiteConfig,
  version: VersionModel,
  language: Pick<SiteLanguage, "tag" | "prefix">,
) {
  const link = (path: string) => absoluteUrl(site.url, localizedPath(language, path));
  const url = link(versionPath(version.policy, version.effective));
  const until = version.status.kind === "past" ? version.status.until : version.next;
  return {
    "@context": "https://schema.org",
    "@type": "DigitalDocument",
    "@id": url,
    url,
    name: version.title,
    // The effective date is the version's permanent name.
    version: version.effective,
    inLanguage: language.tag,
    datePublished: version.announced,
    dateModified: lastChanged(version),
    creativeWorkStatus: STATUS_WORDS[version.status.kind],
    // The days it is (or was) in effect, ISO 8601: open-ended while no successor is set.
    ...(version.status.kind === "withdrawn"
      ? {}
      : { temporalCoverage: `${version.effective}/${until ?? ".."}` }),
    identifier: {
      "@type": "PropertyValue",
      propertyID: "sha256",
      value: version.sha256,
    },
    encoding: {
      "@type": "MediaObject",
      contentUrl: link(versionSourcePath(version.policy, version.effective)),
      encodingFormat: "text/markdown",
      sha256: version.sha256,
    },
    isPartOf: {
      "@type": "CreativeWork",
      name: version.title,
      url: link(policyPath(version.policy)),
    },
    ...(version.previous ? { isBasedOn: link(versionPath(version.policy, version.previous)) } : {}),
    publisher: { "@type": "Organization", name: site.organization, email: site.email },
  };
}
