/**
 * A calendar day in a language's long form. Its own module, so that a page script that
 * only formats a date does not bundle the interface's words. Browser-safe.
 */
import { formatLongDate, type CalendarDate } from "../dates/index.ts";

/** "March 15, 2014" in English (the site's long date), "15. März 2014" in German. */
export function formatDateIn(tag: string, date: CalendarDate): string {
  if (tag === "en") return formatLongDate(date);
  return new Intl.DateTimeFormat(tag, {
    timeZone: "UTC",
    year: "numeric",
    month: "long",
    day: "numeric",
  }).format(new Date(`${date}T00:00:00Z`));
}
