import { describe, expect, it } from "vitest";
import type { CalendarDate } from "../../src/dates/dates.ts";
import { versionBanner, versionCitation, type CitedVersion } from "../../src/site/version-facts.ts";

const day = (value: string) => value as CalendarDate;
const version = (overrides: Partial<CitedVersion>): CitedVersion => ({
  policy: "privacy",
  title: "Privacy Policy",
  effective: day("2022-08-01"),
  announced: day("2022-07-01"),
  sha256: "ab".repeat(32),
  status: { kind: "current" },
  ...overrides,
});

describe("the banner of a version not in effect", () => {
  it("a past version: its first and last day in effect, and the day it was replaced", () => {
    expect(versionBanner(version({ status: { kind: "past", until: day("2024-02-01") } }))).toEqual({
      kind: "past",
      from: "2022-08-01",
      to: "2024-01-31",
      replacedOn: "2024-02-01",
    });
  });

  it("an upcoming version: the day it takes effect; the version in effect has none", () => {
    expect(versionBanner(version({ status: { kind: "upcoming" } }))).toEqual({
      kind: "upcoming",
      effective: "2022-08-01",
    });
    expect(versionBanner(version({}))).toBeUndefined();
    expect(versionBanner(version({ status: { kind: "current", until: day("2030-01-01") } }))).toBe(
      undefined,
    );
  });
});

describe("the citation", () => {
  const site = { organization: "Example Co", url: "https://policies.example.com" };

  it("names the organisation, title, dates, permanent URL and SHA-256", () => {
    expect(versionCitation(site, version({}))).toEqual({
      permanentUrl: "https://policies.example.com/privacy/2022-08-01/",
      text: `Example Co, Privacy Policy (version effective August 1, 2022, announced July 1, 2022), https://policies.example.com/privacy/2022-08-01/, SHA-256 ${"ab".repeat(32)}.`,
    });
  });

  it("gives the date once when the version was announced the day it took effect", () => {
    expect(versionCitation(site, version({ announced: day("2022-08-01") })).text).toContain(
      "(version effective August 1, 2022),",
    );
  });
});
