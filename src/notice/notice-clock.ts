/**
 * The notice against the reader's clock. A static page is built on one day and read on
 * another: the small script on policy pages asks these functions what the page should say
 * on the reader's today (in the site's time zone, never the reader's), so the rules live
 * here, tested in Node, and the script only reads data attributes and toggles elements.
 *
 * Pure: no DOM, no Node, no Astro. Same rules as src/notice/notice.ts: the window is
 * half-open, [announced, end).
 */
import { isCalendarDate, type CalendarDate } from "../dates/index.ts";
import { noticePhase } from "./notice.ts";

/** What a notice built into a page should show on a given day. */
export type NoticeState = "upcoming" | "in-effect" | "expired";

/**
 * A notice for a version taking effect on `effective`, shown until (not including) `end`:
 * "expired" once the window has ended, otherwise "upcoming" before the effective day and
 * "in-effect" from it.
 */
export function noticeStateOn(
  today: CalendarDate,
  notice: { effective: CalendarDate; end: CalendarDate },
): NoticeState {
  return today >= notice.end ? "expired" : noticePhase(today, notice.effective);
}

/** The notice's words for each phase: "This policy {verb} on <date>: {link}". */
export function noticeWording(phase: "upcoming" | "in-effect"): { verb: string; link: string } {
  return phase === "upcoming"
    ? { verb: "will change", link: "see what changes" }
    : { verb: "changed", link: "see what changed" };
}

/** Reads a `YYYY-MM-DD` data attribute; undefined if missing or malformed (the page is left as built). */
export function dateAttribute(value: string | null | undefined): CalendarDate | undefined {
  return value && isCalendarDate(value) ? value : undefined;
}
