/**
 * The notice of a material change. The policy promises notice "for 30 days whenever this
 * Privacy Policy is changed in a material way, presenting the old and new content".
 *
 * A material version's notice window opens on its `announced` day. Under the `advance`
 * rule it lasts `notice_days` from then (the version should take effect at the end of it);
 * under `from-change` it lasts until `notice_days` after the version takes effect. Either
 * way it lasts at least until the version takes effect.
 * Windows are half-open: [start, end). Editorial versions have no notice.
 */
import { addDays, type CalendarDate } from "../dates/index.ts";
import type { SiteConfig, VersionRecord } from "../content/index.ts";

/** What the notice rules read of a version. */
export type NoticeVersion = Pick<VersionRecord, "effective" | "announced" | "material">;

export type NoticeRule = SiteConfig["notice_rule"];

/** How long notices run and how they are counted (`notice_days`, `notice_rule` in site.yml). */
export interface NoticeSettings {
  noticeDays: number;
  noticeRule: NoticeRule;
}

export function noticeSettings(site: SiteConfig): NoticeSettings {
  return { noticeDays: site.notice_days, noticeRule: site.notice_rule };
}

/** A running notice's phase on `today`: "will change" before the version takes effect, "changed" from then. */
export function noticePhase(
  today: CalendarDate,
  effective: CalendarDate,
): "upcoming" | "in-effect" {
  return today < effective ? "upcoming" : "in-effect";
}

export interface NoticeWindow {
  /** First day the notice is shown (the announced day). */
  start: CalendarDate;
  /** First day it is no longer shown. */
  end: CalendarDate;
}

export interface ActiveNotice<V extends NoticeVersion> {
  version: V;
  window: NoticeWindow;
  /** `upcoming` before the effective date ("will change"), `in-effect` from it ("changed"). */
  phase: ReturnType<typeof noticePhase>;
}

/** The window in which `version`'s notice is shown, or undefined for an editorial version. */
export function noticeWindow(
  version: NoticeVersion,
  rule: NoticeSettings,
): NoticeWindow | undefined {
  if (!version.material) return undefined;
  const from = rule.noticeRule === "advance" ? version.announced : version.effective;
  const end = addDays(from, rule.noticeDays);
  // Announced further ahead than the notice period, the notice still runs until the change
  // takes effect: "This policy will change on …" must not vanish before that day.
  return { start: version.announced, end: end < version.effective ? version.effective : end };
}

/** Whether a notice with this window is shown on `day`: windows are half-open, [start, end). */
export function noticeShownOn(window: NoticeWindow, day: CalendarDate): boolean {
  return window.start <= day && day < window.end;
}

/** A version with its notice window, computed once by `noticeWindow` and kept on the site model. */
export type NoticedVersion = NoticeVersion & { noticeWindow: NoticeWindow | undefined };

/** The notice to show on `today`: the latest-effective material version whose window holds today. */
export function activeNotice<V extends NoticedVersion>(
  versions: readonly V[],
  today: CalendarDate,
): ActiveNotice<V> | undefined {
  let active: ActiveNotice<V> | undefined;
  for (const version of versions) {
    const window = version.noticeWindow;
    if (!window || !noticeShownOn(window, today)) continue;
    if (!active || version.effective > active.version.effective) {
      active = { version, window, phase: noticePhase(today, version.effective) };
    }
  }
  return active;
}

/**
 * The first day after `today` on which a page built today becomes wrong: a version takes
 * effect, or a notice starts or ends. Undefined when nothing is scheduled.
 */
export function nextRebuildDate(
  versions: readonly Pick<NoticedVersion, "effective" | "noticeWindow">[],
  today: CalendarDate,
): CalendarDate | undefined {
  const days = versions.flatMap(({ effective, noticeWindow: window }) =>
    window ? [effective, window.start, window.end] : [effective],
  );
  return days.filter((day) => day > today).sort()[0];
}
