/**
 * The notice against the reader's clock. A static page is built on one day and read on
 * another: the small script on policy pages asks these functions what the page should say
 * on the reader's today (in the site's time zone, never the reader's), so the rules live
 * here, tested in Node, and the script only reads data attributes and toggles elements.
 *
 * Pure: no DOM, no Node, no Astro. Same rules as src/lib/notice.ts: the window is
 * half-open, [announced, end).
 */
import { dayInTimeZone, isCalendarDate, type CalendarDate } from "./dates.ts";

/** What a notice built into a page should show on a given day. */
export type NoticeState = "upcoming" | "in-effect" | "expired";

/** The reader's today: the calendar day `now` falls on in the site's time zone. */
export function readerToday(now: Date, timeZone: string): CalendarDate {
  return dayInTimeZone(now, timeZone);
}

/**
 * A notice for a version taking effect on `effective`, shown until (not including) `end`:
 * "expired" once the window has ended, otherwise "upcoming" before the effective day and
 * "in-effect" from it.
 */
export function noticeStateOn(
  today: CalendarDate,
  notice: { effective: CalendarDate; end: CalendarDate },
): NoticeState {
  if (today >= notice.end) return "expired";
  return today < notice.effective ? "upcoming" : "in-effect";
}

/** The notice's words for each phase: "This policy {verb} on <date>: {link}". */
export function noticeWording(phase: "upcoming" | "in-effect"): { verb: string; link: string } {
  return phase === "upcoming"
    ? { verb: "will change", link: "see what changes" }
    : { verb: "changed", link: "see what changed" };
}

/**
 * Of the versions that were still upcoming when the page was built, the newest one in
 * effect on `today`: the page (built when an older version was current) is out of date
 * and the reader should be told so. Undefined while none has taken effect.
 */
export function newerVersionInEffect<V extends { effective: CalendarDate }>(
  today: CalendarDate,
  upcoming: readonly V[],
): V | undefined {
  let newest: V | undefined;
  for (const version of upcoming) {
    if (version.effective <= today && (!newest || version.effective > newest.effective)) {
      newest = version;
    }
  }
  return newest;
}

/** Reads a `YYYY-MM-DD` data attribute; undefined if missing or malformed (the page is left as built). */
export function dateAttribute(value: string | null | undefined): CalendarDate | undefined {
  return value && isCalendarDate(value) ? value : undefined;
}
