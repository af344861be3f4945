/**
 * Calendar days.
 *
 * An effective date is a day on the calendar in the site's time zone, not an instant.
 * Days are kept as `YYYY-MM-DD` strings and all arithmetic goes through a UTC day
 * number, so the machine's `TZ` can never move a result.
 */

/** A calendar day written `YYYY-MM-DD`, known to exist on the calendar. */
export type CalendarDate = string & { readonly __calendarDate: unique symbol };

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** True when `value` is written `YYYY-MM-DD` and names a real day (no 2023-02-30). */
export function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== "string") return false;
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utc = new Date(Date.UTC(year, month - 1, day));
  return (
    utc.getUTCFullYear() === year && utc.getUTCMonth() === month - 1 && utc.getUTCDate() === day
  );
}

/** Returns `value` as a CalendarDate, or throws a message an editor can act on. */
export function parseCalendarDate(value: string): CalendarDate {
  if (!isCalendarDate(value)) {
    throw new RangeError(`"${value}" is not a calendar date written YYYY-MM-DD`);
  }
  return value;
}

function toDayNumber(date: CalendarDate): number {
  return Date.parse(`${date}T00:00:00Z`) / MS_PER_DAY;
}

function fromDayNumber(day: number): CalendarDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10) as CalendarDate;
}

/** The day `days` after `date` (negative goes back). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** Orders two days; `YYYY-MM-DD` strings sort as the calendar does. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The calendar day that `instant` falls on in `timeZone` (an IANA name). */
export function dayInTimeZone(instant: Date, timeZone: string): CalendarDate {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value;
  // Intl names a real day in four and two digits: no need to check it again, which keeps
  // the footer script that bundles this function small.
  return `${part("year")}-${part("month")}-${part("day")}` as CalendarDate;
}

/** True when `timeZone` is an IANA time zone this runtime knows. */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
}

// Pure: bundles that never format a long date (the footer script) leave it out.
const longFormat = /* @__PURE__ */ new Intl.DateTimeFormat("en-US", {
  timeZone: "UTC",
  year: "numeric",
  month: "long",
  day: "numeric",
});

/** "March 15, 2014": the day as readers write it (formatted in UTC, so TZ cannot shift it). */
export function formatLongDate(date: CalendarDate): string {
  return longFormat.format(new Date(`${date}T00:00:00Z`));
}
