/**
 * "Today", for every rule that depends on the date: which version is in effect, whether
 * a notice runs. `AS_OF=YYYY-MM-DD` fixes it (for builds made ahead of time, and tests);
 * otherwise it is the current day in the site's time zone, never the machine's.
 */
import { dayInTimeZone, isCalendarDate, type CalendarDate } from "./dates.ts";

export class AsOfError extends Error {
  override name = "AsOfError";
}

/** Resolves today from `AS_OF` (if set) or the clock, in the site's time zone. */
export function resolveToday(options: {
  asOf?: string | undefined;
  timeZone: string;
  now?: Date;
}): CalendarDate {
  const asOf = options.asOf?.trim();
  if (asOf) {
    if (!isCalendarDate(asOf)) {
      throw new AsOfError(
        `AS_OF="${options.asOf}" is not a calendar date: write it YYYY-MM-DD, e.g. AS_OF=2026-01-31`,
      );
    }
    return asOf;
  }
  return dayInTimeZone(options.now ?? new Date(), options.timeZone);
}
