/**
 * Everything the pages show, computed once per build from the validated content and
 * today's date. Routes only pick from it.
 */
import type { CalendarDate } from "../dates/index.ts";
import {
  activeNotice,
  nextRebuildDate,
  noticeSettings,
  noticeWindow,
  type ActiveNotice,
  type NoticeWindow,
} from "../notice/index.ts";
import type { VersionHeading } from "../render/index.ts";
import type { SiteConfig, VersionFrontMatter } from "../content/index.ts";
import {
  indexInEffectOn,
  versionStatus,
  versionsByPolicy,
  type VersionStatus,
} from "../versions/index.ts";

/** A validated version, as the content loader or the content collection hands it over. */
export interface VersionRecord {
  policy: string;
  effective: CalendarDate;
  frontMatter: VersionFrontMatter;
  /** Markdown body (line endings normalized). */
  body: string;
  html: string;
  headings: VersionHeading[];
  sha256: string;
}

export interface VersionModel {
  policy: string;
  effective: CalendarDate;
  announced: CalendarDate;
  title: string;
  material: boolean;
  summary: string | undefined;
  urgent: string | undefined;
  /** Corrections made after publication, oldest first (see src/archive/lock.ts). */
  corrections: { date: CalendarDate; reason: string }[];
  body: string;
  html: string;
  headings: VersionHeading[];
  sha256: string;
  status: VersionStatus;
  /** Effective date of the version before, if any. */
  previous: CalendarDate | undefined;
  /** Effective date of the version after, if any. */
  next: CalendarDate | undefined;
  /** When this version's change notice is shown; undefined for editorial versions. */
  noticeWindow: NoticeWindow | undefined;
}

export interface PolicyModel {
  slug: string;
  /** Title of the version in effect (or of the first upcoming one, before any takes effect). */
  title: string;
  /** Oldest first. */
  versions: VersionModel[];
  /** The same versions, newest first, as the history and compare pages list them. */
  newestFirst: VersionModel[];
  /** In effect today; undefined when every version is still upcoming. */
  current: VersionModel | undefined;
  /** The newest version, which may be upcoming. */
  latest: VersionModel;
  /** The change notice running today, if any. */
  notice: ActiveNotice<VersionModel> | undefined;
}

export interface SiteModel {
  site: SiteConfig;
  today: CalendarDate;
  policies: PolicyModel[];
  /** First day after today on which the built site would go stale. */
  nextRebuild: CalendarDate | undefined;
}

export function buildSiteModel(input: {
  site: SiteConfig;
  versions: readonly VersionRecord[];
  today: CalendarDate;
}): SiteModel {
  const { site, today } = input;
  const rule = noticeSettings(site);
  const byPolicy = versionsByPolicy(input.versions);

  const policies = [...byPolicy.keys()].sort().map((slug): PolicyModel => {
    const ordered = byPolicy.get(slug) ?? [];
    const versions = ordered.map((record, index): VersionModel => {
      const { frontMatter } = record;
      const version = {
        policy: record.policy,
        effective: record.effective,
        announced: frontMatter.announced ?? record.effective,
        title: frontMatter.title,
        material: frontMatter.material,
        summary: frontMatter.summary,
        urgent: frontMatter.urgent,
        corrections: frontMatter.corrections ?? [],
        body: record.body,
        html: record.html,
        headings: record.headings,
        sha256: record.sha256,
        status: versionStatus(ordered, index, today),
        previous: ordered[index - 1]?.effective,
        next: ordered[index + 1]?.effective,
      };
      return { ...version, noticeWindow: noticeWindow(version, rule) };
    });
    const current = versions[indexInEffectOn(versions, today)];
    const latest = versions[versions.length - 1];
    if (!latest) throw new Error(`policy ${slug} has no versions`);
    return {
      slug,
      title: (current ?? versions[0] ?? latest).title,
      versions,
      newestFirst: [...versions].reverse(),
      current,
      latest,
      notice: activeNotice(versions, today, rule),
    };
  });

  return {
    site,
    today,
    policies,
    nextRebuild: nextRebuildDate(
      policies.flatMap((policy) => policy.versions),
      today,
      rule,
    ),
  };
}
