import { describe, expect, it } from "vitest";
import { policiesApi, policyApi, policyApiSchema } from "../../src/outputs/api.ts";
import { loadContent } from "../../src/content/content.ts";
import type { CalendarDate } from "../../src/dates/dates.ts";
import { buildSiteModel } from "../../src/site/site-model.ts";
import { seedContent } from "../support/build.ts";

const modelOn = (today: string) =>
  buildSiteModel({ ...loadContent(seedContent), today: today as CalendarDate });

/** Each version as `effective status until`, from the published JSON. */
function timeline(today: string): string[] {
  const model = modelOn(today);
  const policy = model.policies[0];
  if (!policy) throw new Error("the seed has a policy");
  const json = policyApiSchema.parse(JSON.parse(policyApi(model, policy)));
  return json.versions.map(
    (version) => `${version.effective} ${version.status} ${version.in_effect_until ?? "-"}`,
  );
}

describe("the JSON API", () => {
  it("says each version's status and until when it is in effect, as of the build", () => {
    expect(timeline("2026-06-01")).toEqual([
      "2014-03-15 current 2026-12-16",
      "2026-12-16 upcoming -",
    ]);
    expect(timeline("2027-02-01")).toEqual(["2014-03-15 past 2026-12-16", "2026-12-16 current -"]);
  });

  it("links each version's page, source and changes, absolute, on the site's host", () => {
    const model = modelOn("2026-11-28");
    const all = JSON.parse(policiesApi(model)) as {
      as_of: string;
      policies: { versions: { urls: Record<string, string | null> }[] }[];
    };
    expect(all.as_of).toBe("2026-11-28");
    expect(all.policies[0]?.versions.map((version) => version.urls)).toEqual([
      {
        page: "https://policies.isocket.com/privacy/2014-03-15/",
        source: "https://policies.isocket.com/privacy/2014-03-15.md",
        changes: null,
      },
      {
        page: "https://policies.isocket.com/privacy/2026-12-16/",
        source: "https://policies.isocket.com/privacy/2026-12-16.md",
        changes: "https://policies.isocket.com/privacy/changes/2026-12-16/",
      },
    ]);
  });
});
