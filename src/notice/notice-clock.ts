/**
 * The notice against the reader's clock. A static page is built on one day and read on
 * another: the small script on policy pages asks these functions what the page should say
 * on the reader's today (in the site's time zone, never the reader's), so the rules live
 * here, tested in Node, and the script only reads data attributes and toggles elements.
 *
 * Pure: no DOM, no Node, no Astro. Same rules as src/notice/notice.ts: the window is
 * half-open, [announced, end).
 */
import { daysBetween, isCalendarDate, type CalendarDate } from "../dates/index.ts";
import { noticePhase } from "./notice.ts";
import { counted, ENGLISH } from "../i18n/strings.ts";

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

/** The notice's words for each phase: "This policy {verb} on <date>", then a link, "{link}". */
export function noticeWording(phase: "upcoming" | "in-effect"): { verb: string; link: string } {
  return phase === "upcoming"
    ? { verb: "will change", link: "See what changes" }
    : { verb: "changed", link: "See what changed" };
}

/**
 * How far off the effective day is, for "This policy will change on <date>, {countdown}":
 * "18 days from today", "tomorrow"; "" once the day has come (the notice then says "changed").
 */
export function noticeCountdown(
  today: CalendarDate,
  effective: CalendarDate,
  words: CountdownWords = ENGLISH_COUNTDOWN,
): string {
  const days = daysBetween(today, effective);
  if (days <= 0) return "";
  return days === 1 ? words.tomorrow : counted(words.days, days, words.tag, { days });
}

/** The countdown's words in a language (interface strings notice_tomorrow, notice_days_from_today). */
export interface CountdownWords {
  tag: string;
  tomorrow: string;
  /** "{days} day from today|{days} days from today" */
  days: string;
}

const ENGLISH_COUNTDOWN: CountdownWords = {
  tag: "en",
  tomorrow: ENGLISH.notice_tomorrow,
  days: ENGLISH.notice_days_from_today,
};

/** What the notice calls the summary: "What changes" before the effective day, "What changed" from it. */
export function noticeSummaryLabel(phase: "upcoming" | "in-effect"): string {
  return phase === "upcoming" ? "What changes" : "What changed";
}

/** Reads a `YYYY-MM-DD` data attribute; undefined if missing or malformed (the page is left as built). */
export function dateAttribute(value: string | null | undefined): CalendarDate | undefined {
  return value && isCalendarDate(value) ? value : undefined;
}
