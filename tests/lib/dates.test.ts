import { describe, expect, it } from "vitest";
import {
  addDays,
  compareDates,
  dayInTimeZone,
  daysBetween,
  formatLongDate,
  isCalendarDate,
  isTimeZone,
  parseCalendarDate,
  type CalendarDate,
} from "../../src/dates/dates.ts";

const day = (value: string) => parseCalendarDate(value);

describe("calendar dates", () => {
  it("accepts real days written YYYY-MM-DD and nothing else", () => {
    expect(["2014-03-15", "2024-02-29", "2000-02-29"].every(isCalendarDate)).toBe(true);
    for (const bad of [
      "2023-02-29",
      "2023-02-30",
      "2014-13-01",
      "2014-3-15",
      "15-03-2014",
      "2014-03-15T00:00",
      "",
      20140315,
    ]) {
      expect(isCalendarDate(bad), String(bad)).toBe(false);
    }
    expect(() => parseCalendarDate("2023-02-30")).toThrow(/not a calendar date/);
  });

  it("adds days across month, year and leap-day boundaries", () => {
    expect(addDays(day("2026-11-16"), 30)).toBe("2026-12-16");
    expect(addDays(day("2024-02-28"), 1)).toBe("2024-02-29");
    expect(addDays(day("2023-12-31"), 1)).toBe("2024-01-01");
    expect(addDays(day("2024-03-01"), -1)).toBe("2024-02-29");
    expect(daysBetween(day("2026-11-16"), day("2026-12-16"))).toBe(30);
  });

  it("is unaffected by daylight-saving changes (30 days across the March switch is 30 days)", () => {
    expect(addDays(day("2026-03-01"), 30)).toBe("2026-03-31");
    expect(addDays(day("2026-10-20"), 30)).toBe("2026-11-19");
  });

  it("orders days as the calendar does", () => {
    const days = ["2026-12-16", "2014-03-15", "2019-11-13"].map(day);
    expect([...days].sort(compareDates)).toEqual(["2014-03-15", "2019-11-13", "2026-12-16"]);
  });

  it("finds the day an instant falls on in a given time zone", () => {
    // 07:30 UTC on 1 January is still 31 December in Los Angeles, and already 1 January in Kiritimati (UTC+14).
    const instant = new Date("2027-01-01T07:30:00Z");
    expect(dayInTimeZone(instant, "America/Los_Angeles")).toBe("2026-12-31");
    expect(dayInTimeZone(instant, "Pacific/Kiritimati")).toBe("2027-01-01");
    expect(dayInTimeZone(instant, "UTC")).toBe("2027-01-01");
  });

  it("formats a day for readers without shifting it", () => {
    expect(formatLongDate("2014-03-15" as CalendarDate)).toBe("March 15, 2014");
    expect(formatLongDate("2026-12-01" as CalendarDate)).toBe("December 1, 2026");
  });

  it("knows IANA time zones", () => {
    expect(isTimeZone("America/Los_Angeles")).toBe(true);
    expect(isTimeZone("Mars/Olympus_Mons")).toBe(false);
  });
});
