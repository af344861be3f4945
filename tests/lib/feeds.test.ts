import { describe, expect, it } from "vitest";
import type { CalendarDate } from "../../src/lib/dates.ts";
import { entryId, escapeXml, startOfDay } from "../../src/lib/feeds.ts";

const day = (value: string) => value as CalendarDate;

describe("feed building blocks", () => {
  it("gives each version one id, whatever feed lists it", () => {
    expect(
      entryId("https://policies.isocket.com", { policy: "privacy", effective: day("2014-03-15") }),
    ).toBe("tag:policies.isocket.com,2014-03-15:privacy/2014-03-15");
  });

  it("dates an entry at midnight in the site's time zone, across daylight saving time", () => {
    expect(startOfDay(day("2026-11-16"), "America/Los_Angeles")).toBe("2026-11-16T00:00:00-08:00");
    expect(startOfDay(day("2014-03-15"), "America/Los_Angeles")).toBe("2014-03-15T00:00:00-07:00");
    // DST starts at 02:00 on 2026-03-08 in Los Angeles: midnight is still standard time.
    expect(startOfDay(day("2026-03-08"), "America/Los_Angeles")).toBe("2026-03-08T00:00:00-08:00");
    expect(startOfDay(day("2026-06-01"), "Asia/Kolkata")).toBe("2026-06-01T00:00:00+05:30");
    expect(startOfDay(day("2026-06-01"), "UTC")).toBe("2026-06-01T00:00:00Z");
  });

  it("escapes markup, quotes and newlines, and drops characters XML forbids", () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>\n\u0007`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;&#10;",
    );
  });
});
