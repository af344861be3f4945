import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { CalendarDate } from "../../src/dates/dates.ts";
import { loadContent } from "../../src/content/content.ts";
import { buildSiteModel } from "../../src/site/site-model.ts";
import {
  atomFeed,
  entryId,
  escapeXml,
  startOfDay,
  versionSummary,
} from "../../src/outputs/feeds.ts";
import { fixturesDir, seedContent } from "../support/build.ts";
import type { VersionModel } from "../../src/site/site-model.ts";

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

describe("what a reader is told about a version", () => {
  const version = (fields: Partial<VersionModel>): VersionModel =>
    ({
      title: "Privacy Policy",
      summary: undefined,
      previous: undefined,
      material: false,
      status: { kind: "current" },
      postponed: [],
      ...fields,
    }) as VersionModel;
  const before = "2014-03-15" as CalendarDate;

  it("is its own summary when it has one, and otherwise says what kind of version it is", () => {
    expect(versionSummary(version({ summary: "Adds a section.", previous: before }))).toBe(
      "Adds a section.",
    );
    expect(versionSummary(version({}))).toBe("First version of the Privacy Policy.");
    expect(versionSummary(version({ previous: before, material: true }))).toBe(
      "Material change to the Privacy Policy.",
    );
    expect(versionSummary(version({ previous: before }))).toBe(
      "Editorial change: wording or presentation only; what the policy says is unchanged.",
    );
  });
});

describe("an entry's links", () => {
  const feedOf = (contentDir: string) =>
    atomFeed(buildSiteModel({ ...loadContent(contentDir), today: day("2026-11-28") }));

  it("link each version's PDF when site.yml says pdf: true, and only then", () => {
    const feed = feedOf(join(fixturesDir, "pdf"));
    for (const date of ["2020-01-01", "2021-03-01"]) {
      expect(feed).toContain(
        `<link rel="alternate" type="application/pdf" href="https://policies.example.com/privacy/${date}.pdf"/>`,
      );
    }
    expect(feedOf(seedContent)).not.toContain("application/pdf");
  });
});
