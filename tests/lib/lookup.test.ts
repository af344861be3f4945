import { describe, expect, it } from "vitest";
import type { CalendarDate } from "../../src/dates/dates.ts";
import { lookupDate, type LookupTimeline } from "../../src/site/lookup.ts";
import { inEffectOnPath } from "../../src/site/urls.ts";

const day = (value: string) => value as CalendarDate;
const timeline: LookupTimeline = {
  title: "Privacy Policy",
  versions: [
    { effective: day("2014-03-15"), lastDay: day("2026-12-15"), path: "/privacy/2014-03-15/" },
    { effective: day("2026-12-16"), lastDay: undefined, path: "/privacy/2026-12-16/" },
  ],
};

describe("the version in effect on a date", () => {
  it.each([
    ["2014-03-15", "/privacy/2014-03-15/"],
    ["2026-12-15", "/privacy/2014-03-15/"],
    ["2026-12-16", "/privacy/2026-12-16/"],
    ["2099-01-01", "/privacy/2026-12-16/"],
    [" 2020-02-29 ", "/privacy/2014-03-15/"],
  ])("on %s is %s", (date, path) => {
    expect(lookupDate(timeline, date)).toMatchObject({ kind: "version", path });
  });

  it("says the policy did not exist yet the day before its first version", () => {
    expect(lookupDate(timeline, "2014-03-14")).toEqual({
      kind: "before-first",
      message:
        "The Privacy Policy did not exist yet on March 14, 2014: its first version took effect on March 15, 2014.",
    });
  });

  it.each(["", "2026-02-30", "15/03/2014", "<script>"])("refuses %j as not a date", (date) => {
    expect(lookupDate(timeline, date)).toMatchObject({ kind: "not-a-date" });
  });

  it("builds the page's address with the date as a query", () => {
    expect(inEffectOnPath("privacy", "2020-01-31")).toBe("/privacy/on/?date=2020-01-31");
    expect(inEffectOnPath("privacy")).toBe("/privacy/on/");
  });
});
