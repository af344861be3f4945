import { describe, expect, it } from "vitest";
import { loadContent } from "../../src/content/content.ts";
import type { CalendarDate } from "../../src/dates/dates.ts";
import { buildSiteModel } from "../../src/site/site-model.ts";
import { seedContent } from "../support/build.ts";

const content = loadContent(seedContent);
const modelOn = (today: string) => buildSiteModel({ ...content, today: today as CalendarDate });

describe("the site model of the seed content", () => {
  it("before the illustrative change is announced: the 2014 policy is current, no notice", () => {
    const [privacy] = modelOn("2026-06-01").policies;
    expect(privacy?.slug).toBe("privacy");
    expect(privacy?.current?.effective).toBe("2014-03-15");
    expect(privacy?.latest.effective).toBe("2026-12-16");
    expect(privacy?.notice).toBeUndefined();
    expect(privacy?.versions.map((v) => v.status.kind)).toEqual(["current", "upcoming"]);
  });

  it("during the notice: the 2014 policy is still current and the upcoming change is announced", () => {
    const model = modelOn("2026-11-28");
    const privacy = model.policies[0];
    expect(privacy?.current?.effective).toBe("2014-03-15");
    expect(privacy?.notice).toMatchObject({
      phase: "upcoming",
      window: { start: "2026-11-16", end: "2026-12-16" },
      version: { effective: "2026-12-16", material: true },
    });
    expect(model.nextRebuild).toBe("2026-12-16");
  });

  it("links each version to the one before and after, with its title, dates and hash", () => {
    const [first, second] = modelOn("2027-02-01").policies[0]?.versions ?? [];
    expect(first).toMatchObject({
      previous: undefined,
      next: "2026-12-16",
      title: "Privacy Policy",
      material: false,
    });
    expect(second).toMatchObject({
      previous: "2014-03-15",
      next: undefined,
      announced: "2026-11-16",
    });
    expect(second?.status).toEqual({ kind: "current" });
    expect(first?.status).toEqual({ kind: "past", until: "2026-12-16" });
    expect(second?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(modelOn("2027-02-01").policies[0]?.newestFirst.map((v) => v.effective)).toEqual([
      "2026-12-16",
      "2014-03-15",
    ]);
  });

  it("handles a policy none of whose versions is in effect yet", () => {
    const privacy = modelOn("2000-01-01").policies[0];
    expect(privacy?.current).toBeUndefined();
    expect(privacy?.title).toBe("Privacy Policy");
  });
});
