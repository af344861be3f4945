/**
 * What a reader needs to rely on one version's page: whether it is the version in effect
 * (the banner of a version that is not) and how to cite it. Browser-safe: no Node API.
 */
import { addDays, type CalendarDate } from "../dates/index.ts";
import { absoluteUrl, versionPath } from "./urls.ts";
import type { VersionStatus } from "../versions/index.ts";
import { ENGLISH, fill, formatDateIn, localizedPath, type SiteLanguage } from "../i18n/index.ts";

/** The least of a version these facts are worked out from. */
export interface CitedVersion {
  policy: string;
  title: string;
  effective: CalendarDate;
  announced: CalendarDate;
  sha256: string;
  status: VersionStatus;
}

/**
 * The banner at the top of a version that is not in effect: a past version names the
 * first and last day it was in effect (the day before its successor took effect, as
 * the date lookup counts it); an upcoming one names the day it takes effect.
 */
export type VersionBanner =
  | { kind: "past"; from: CalendarDate; to: CalendarDate; replacedOn: CalendarDate }
  | { kind: "upcoming"; effective: CalendarDate }
  /** Announced for `effective`, withdrawn on `date` (src/lifecycle/): it never took effect. */
  | { kind: "withdrawn"; effective: CalendarDate; date: CalendarDate; reason: string };

export function versionBanner(version: CitedVersion): VersionBanner | undefined {
  const { status } = version;
  if (status.kind === "past") {
    return {
      kind: "past",
      from: version.effective,
      to: addDays(status.until, -1),
      replacedOn: status.until,
    };
  }
  if (status.kind === "upcoming") return { kind: "upcoming", effective: version.effective };
  if (status.kind === "withdrawn") {
    return {
      kind: "withdrawn",
      effective: version.effective,
      date: status.date,
      reason: status.reason,
    };
  }
  return undefined;
}

/** How to cite a version: its permanent URL and one line to paste into a letter or a brief. */
export interface Citation {
  permanentUrl: string;
  text: string;
}

export function versionCitation(
  site: { organization: string; url: string },
  version: CitedVersion,
  /**
   * The language whose tree the version is shown in (a translation's permanent URL is
   * there), and its words and dates when given.
   */
  language: Pick<SiteLanguage, "prefix"> & Partial<Pick<SiteLanguage, "tag" | "strings">> = {
    prefix: "",
  },
): Citation {
  const permanentUrl = absoluteUrl(
    site.url,
    localizedPath(language, versionPath(version.policy, version.effective)),
  );
  const t = language.strings ?? ENGLISH;
  const date = (day: CalendarDate) => formatDateIn(language.tag ?? "en", day);
  const dates = { effective: date(version.effective), announced: date(version.announced) };
  return {
    permanentUrl,
    text: fill(t.citation_text, {
      organization: site.organization,
      title: version.title,
      version: fill(
        version.announced === version.effective ? t.citation_version : t.citation_version_announced,
        dates,
      ),
      url: permanentUrl,
      hash: version.sha256,
    }),
  };
}
