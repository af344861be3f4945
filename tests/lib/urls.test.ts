import { describe, expect, it } from "vitest";
import type { CalendarDate } from "../../src/dates/dates.ts";
import * as urls from "../../src/site/urls.ts";

const day = "2014-03-15" as CalendarDate;

describe("permanent URLs (cited in legal correspondence: these strings must never change)", () => {
  it("are exactly the published layout", () => {
    expect(urls.policyPath("privacy")).toBe("/privacy/");
    expect(urls.versionPath("privacy", day)).toBe("/privacy/2014-03-15/");
    expect(urls.versionSourcePath("privacy", day)).toBe("/privacy/2014-03-15.md");
    expect(urls.historyPath("privacy")).toBe("/privacy/history/");
    expect(urls.changesPath("privacy", day)).toBe("/privacy/changes/2014-03-15/");
    expect(urls.comparePath("privacy")).toBe("/privacy/compare/");
    expect(urls.comparePath("privacy", day, "2026-12-16" as CalendarDate)).toBe(
      "/privacy/compare/?from=2014-03-15&to=2026-12-16",
    );
    expect(urls.searchPath("delete my data")).toBe("/search/?q=delete%20my%20data");
    expect(urls.inEffectOnPath("privacy")).toBe("/privacy/on/");
    expect(urls.feedPath()).toBe("/feed.xml");
    expect(urls.feedPath("privacy")).toBe("/privacy/feed.xml");
    expect(urls.policyApiPath("privacy")).toBe("/api/privacy.json");
  });

  it("are made absolute on the public site, with or without a trailing slash in site.yml", () => {
    expect(urls.absoluteUrl("https://policies.isocket.com", "/privacy/")).toBe(
      "https://policies.isocket.com/privacy/",
    );
    expect(urls.absoluteUrl("https://example.com/legal/", "/privacy/")).toBe(
      "https://example.com/privacy/",
    );
  });

  it("give policies the link relation HTML defines for them", () => {
    expect(urls.policyLinkRelation("privacy")).toBe("privacy-policy");
    expect(urls.policyLinkRelation("terms")).toBe("terms-of-service");
    expect(urls.policyLinkRelation("terms-of-service")).toBe("terms-of-service");
    expect(urls.policyLinkRelation("cookies")).toBeUndefined();
  });
});
