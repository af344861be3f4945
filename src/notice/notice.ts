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
import type { SiteConfig } from "../content/index.ts";

export interface NoticeVersion {
  effective: CalendarDate;
  announced: CalendarDate;
  material: boolean;
}

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

/** The notice to show on `today`: the latest-effective material version whose window holds today. */
export function activeNotice<V extends NoticeVersion>(
  versions: readonly V[],
  today: CalendarDate,
  rule: NoticeSettings,
): ActiveNotice<V> | undefined {
  let active: ActiveNotice<V> | undefined;
  for (const version of versions) {
    const window = noticeWindow(version, rule);
    if (!window || today < window.start || today >= window.end) continue;
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
  versions: readonly NoticeVersion[],
  today: CalendarDate,
  rule: NoticeSettings,
): CalendarDate | undefined {
  const days = versions.flatMap((version) => {
    const window = noticeWindow(version, rule);
    return window ? [version.effective, window.start, window.end] : [version.effective];
  });
  return days.filter((day) => day > today).sort()[0];
}
