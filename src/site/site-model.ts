/**
 * Everything the pages show, computed once per build from the validated content and
 * today's date. Routes only pick from it.
 */
import { addDays, compareDates, type CalendarDate } from "../dates/index.ts";
import { isWithdrawnOn, withdrawalWindow } from "../lifecycle/index.ts";
import {
  activeNotice,
  nextRebuildDate,
  noticeSettings,
  noticeShownOn,
  noticeWindow,
  type ActiveNotice,
  type NoticeWindow,
} from "../notice/index.ts";
import type { SiteConfig, SiteSource, VersionRecord } from "../content/index.ts";
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

/**
 * A postponed version's old date (src/lifecycle/): its URL stays and leads to the version
 * at its new date.
 */
export interface VersionMove {
  /** The effective date the version was announced for before this postponement. */
  from: CalendarDate;
  /** The day it was postponed, and why. */
  date: CalendarDate;
  reason: string;
  /** The version, at its effective date now. */
  version: VersionModel;
}

/** The notice that an announced change was withdrawn, shown for `notice_days` from its withdrawal. */
export interface WithdrawalNotice {
  version: VersionModel;
  window: NoticeWindow;
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
  /**
   * Versions withdrawn as of today, oldest first: not in `versions` (they never take
   * effect), each with status `withdrawn` and `previous` the version it would have replaced.
   */
  withdrawn: VersionModel[];
  /** Every postponement's old date, oldest first. */
  moves: VersionMove[];
  /** The newest withdrawal whose notice runs today, if any. */
  withdrawal: WithdrawalNotice | undefined;
}

export interface SiteModel {
  site: SiteConfig;
  /** Where site.yml is and its keys' lines, for messages about a setting (e.g. `pdf`). */
  siteSource?: SiteSource | undefined;
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
  siteSource?: SiteSource;
}): SiteModel {
  const { site, today } = input;
  const rule = noticeSettings(site);
  const byPolicy = versionsByPolicy(input.versions);
  /** A version's translations, in the order site.yml lists the languages. */
  const translationsOf = (record: VersionRecord) =>
    site.translations.flatMap((language) =>
      (input.translationModels ?? []).filter(
        (translation) =>
          translation.language === language &&
          translation.policy === record.policy &&
          translation.effective === record.effective,
      ),
    );

  const policies = [...byPolicy.keys()].sort().map((slug): PolicyModel => {
    const all = byPolicy.get(slug) ?? [];
    const ordered = all.filter((record) => !isWithdrawnOn(record, today));
    const versions = ordered.map((record, index): VersionModel => ({
      ...record,
      status: versionStatus(ordered, index, today),
      previous: ordered[index - 1]?.effective,
      next: ordered[index + 1]?.effective,
      noticeWindow: noticeWindow(record, rule),
      translations: translationsOf(record),
    }));
    const withdrawn = all
      .filter((record) => isWithdrawnOn(record, today))
      .map((record): VersionModel => {
        const { date, reason } = record.withdrawn ?? { date: today, reason: "" };
        return {
          ...record,
          status: { kind: "withdrawn", date, reason },
          previous: versions[indexInEffectOn(versions, addDays(record.effective, -1))]?.effective,
          next: undefined,
          noticeWindow: undefined,
          translations: translationsOf(record),
        };
      });
    const withdrawals = withdrawn.flatMap((version) =>
      version.withdrawn
        ? [{ version, window: withdrawalWindow(version.withdrawn, site.notice_days) }]
        : [],
    );
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
      withdrawn,
      moves: [...versions, ...withdrawn]
        .flatMap((version) => version.postponed.map((move) => ({ ...move, version })))
        .sort((a, b) => compareDates(a.from, b.from)),
      withdrawal: withdrawals.filter(({ window }) => noticeShownOn(window, today)).at(-1),
    };
  });

  return {
    site,
    ...(input.siteSource ? { siteSource: input.siteSource } : {}),
    languages: siteLanguages(site),
    today,
    policies,
    nextRebuild: nextRebuildDate(
      [
        ...policies.flatMap((policy) => policy.versions),
        // A withdrawal takes the version out of the timeline on its day, and its notice
        // ends notice_days later: both are days the built site changes.
        ...input.versions.flatMap((record) =>
          record.withdrawn
            ? [
                {
                  effective: record.withdrawn.date,
                  noticeWindow: withdrawalWindow(record.withdrawn, site.notice_days),
                },
              ]
            : [],
        ),
      ],
      today,
    ),
  };
}
