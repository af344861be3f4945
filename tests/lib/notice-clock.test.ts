import { describe, expect, it } from "vitest";
import { dayInTimeZone, type CalendarDate } from "../../src/dates/dates.ts";
import {
  dateAttribute,
  noticeCountdown,
  noticeStateOn,
  noticeSummaryLabel,
  noticeWording,
} from "../../src/notice/notice-clock.ts";
import { byEffectiveDate, versionInEffectOn } from "../../src/versions/versions.ts";

const day = (value: string) => value as CalendarDate;
// The seed's illustrative change: announced 2026-11-16, effective 2026-12-16, 30-day window.
const advance = { effective: day("2026-12-16"), end: day("2026-12-16") };
const fromChange = { effective: day("2026-12-16"), end: day("2027-01-15") };

describe("the reader's today", () => {
  it("is the day in the site's time zone, not UTC: 07:30 UTC on the effective day is still the day before in Los Angeles", () => {
    const instant = new Date("2026-12-16T07:30:00Z");
    expect(dayInTimeZone(instant, "America/Los_Angeles")).toBe("2026-12-15");
    expect(dayInTimeZone(instant, "UTC")).toBe("2026-12-16");
    expect(dayInTimeZone(instant, "Asia/Tokyo")).toBe("2026-12-16");
  });

  it("turns at local midnight: 08:00 UTC is midnight in Los Angeles (winter time)", () => {
    expect(dayInTimeZone(new Date("2026-12-16T07:59:59Z"), "America/Los_Angeles")).toBe(
      "2026-12-15",
    );
    expect(dayInTimeZone(new Date("2026-12-16T08:00:00Z"), "America/Los_Angeles")).toBe(
      "2026-12-16",
    );
  });

  it("in Tokyo the effective day starts 15:00 UTC the day before", () => {
    expect(dayInTimeZone(new Date("2026-12-15T14:59:59Z"), "Asia/Tokyo")).toBe("2026-12-15");
    expect(dayInTimeZone(new Date("2026-12-15T15:00:00Z"), "Asia/Tokyo")).toBe("2026-12-16");
  });
});

describe("a notice built into a page, on the reader's day", () => {
  it("says 'will change' before the effective day and hides on the window's end (advance rule: end = effective)", () => {
    expect(noticeStateOn(day("2026-11-16"), advance)).toBe("upcoming");
    expect(noticeStateOn(day("2026-12-15"), advance)).toBe("upcoming");
    expect(noticeStateOn(day("2026-12-16"), advance)).toBe("expired");
  });

  it("says 'changed' from the effective day until the last day of a from-change window, then hides", () => {
    expect(noticeStateOn(day("2026-12-15"), fromChange)).toBe("upcoming");
    expect(noticeStateOn(day("2026-12-16"), fromChange)).toBe("in-effect");
    expect(noticeStateOn(day("2027-01-14"), fromChange)).toBe("in-effect");
    expect(noticeStateOn(day("2027-01-15"), fromChange)).toBe("expired");
  });

  it("a version announced on its effective day says 'changed' from that very day", () => {
    const sameDay = { effective: day("2026-12-16"), end: day("2027-01-15") };
    expect(noticeStateOn(day("2026-12-16"), sameDay)).toBe("in-effect");
  });

  it("combines with the clock: 07:30 UTC on the effective day in Los Angeles still says 'will change'", () => {
    const today = dayInTimeZone(new Date("2026-12-16T07:30:00Z"), "America/Los_Angeles");
    expect(noticeStateOn(today, fromChange)).toBe("upcoming");
    expect(noticeWording("upcoming")).toEqual({ verb: "will change", link: "See what changes" });
    expect(noticeWording("in-effect")).toEqual({ verb: "changed", link: "See what changed" });
  });
});

describe("a page overtaken by an upcoming version", () => {
  // As the clock script reads them from the page, in whatever order they appear.
  const upcoming = byEffectiveDate([
    { effective: day("2027-06-01") },
    { effective: day("2026-12-16") },
  ]);

  it("is not overtaken before the first upcoming version takes effect", () => {
    expect(versionInEffectOn(upcoming, day("2026-12-15"))).toBeUndefined();
  });

  it("points to the newest upcoming version in effect on the reader's day", () => {
    expect(versionInEffectOn(upcoming, day("2026-12-16"))?.effective).toBe("2026-12-16");
    expect(versionInEffectOn(upcoming, day("2027-06-01"))?.effective).toBe("2027-06-01");
  });
});

describe("date attributes", () => {
  it("accepts real YYYY-MM-DD days only, leaving the page as built otherwise", () => {
    expect(dateAttribute("2026-12-16")).toBe("2026-12-16");
    expect(dateAttribute("2026-02-30")).toBeUndefined();
    expect(dateAttribute("")).toBeUndefined();
    expect(dateAttribute(undefined)).toBeUndefined();
  });
});

describe("the days remaining and the summary's label", () => {
  it("counts whole calendar days to the effective day, and says nothing once it has come", () => {
    expect(noticeCountdown(day("2026-11-28"), day("2026-12-16"))).toBe("18 days from today");
    expect(noticeCountdown(day("2026-12-15"), day("2026-12-16"))).toBe("tomorrow");
    expect(noticeCountdown(day("2026-12-16"), day("2026-12-16"))).toBe("");
    expect(noticeCountdown(day("2026-12-20"), day("2026-12-16"))).toBe("");
  });

  it("speaks of what changes before the day, and of what changed from it", () => {
    expect(noticeSummaryLabel("upcoming")).toBe("What changes");
    expect(noticeSummaryLabel("in-effect")).toBe("What changed");
  });
});
