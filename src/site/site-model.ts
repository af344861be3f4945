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
import type { SiteConfig, VersionRecord } from "../content/index.ts";
import { siteLanguages, type SiteLanguage } from "../i18n/index.ts";
import type { TranslationModel } from "./translations.ts";
import {
  indexInEffectOn,
  versionStatus,
  versionsByPolicy,
  type VersionStatus,
} from "../versions/index.ts";

/** A version as the pages see it: its one record, placed in its policy's timeline on today. */
export interface VersionModel extends VersionRecord {
  status: VersionStatus;
  /** Effective date of the version before, if any. */
  previous: CalendarDate | undefined;
  /** Effective date of the version after, if any. */
  next: CalendarDate | undefined;
  /** When this version's change notice is shown; undefined for editorial versions. */
  noticeWindow: NoticeWindow | undefined;
  /** Its translations, in the order site.yml lists the languages. */
  translations: TranslationModel[];
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
  /** The authoritative language first, then each translation's (src/i18n/). */
  languages: SiteLanguage[];
  today: CalendarDate;
  policies: PolicyModel[];
  /** First day after today on which the built site would go stale. */
  nextRebuild: CalendarDate | undefined;
}

export function buildSiteModel(input: {
  site: SiteConfig;
  versions: readonly VersionRecord[];
  /** Translations, each with what its `translation_of` matched (src/archive/translation-basis.ts). */
  translationModels?: readonly TranslationModel[];
  today: CalendarDate;
}): SiteModel {
  const { site, today } = input;
  const rule = noticeSettings(site);
  const byPolicy = versionsByPolicy(input.versions);

  const policies = [...byPolicy.keys()].sort().map((slug): PolicyModel => {
    const ordered = byPolicy.get(slug) ?? [];
    const versions = ordered.map((record, index): VersionModel => ({
      ...record,
      status: versionStatus(ordered, index, today),
      previous: ordered[index - 1]?.effective,
      next: ordered[index + 1]?.effective,
      noticeWindow: noticeWindow(record, rule),
      translations: site.translations.flatMap((language) =>
        (input.translationModels ?? []).filter(
          (translation) =>
            translation.language === language &&
            translation.policy === record.policy &&
            translation.effective === record.effective,
        ),
      ),
    }));
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
      notice: activeNotice(versions, today),
    };
  });

  return {
    site,
    languages: siteLanguages(site),
    today,
    policies,
    nextRebuild: nextRebuildDate(
      policies.flatMap((policy) => policy.versions),
      today,
    ),
  };
}
