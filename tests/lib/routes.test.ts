import { describe, expect, it } from "vitest";
import { loadContent } from "../../src/content/content.ts";
import type { CalendarDate } from "../../src/dates/dates.ts";
import { changeRoutes, policyRoutes, versionRoutes } from "../../src/site/routes.ts";
import { buildSiteModel } from "../../src/site/site-model.ts";
import { seedContent } from "../support/build.ts";

const model = buildSiteModel({ ...loadContent(seedContent), today: "2026-11-28" as CalendarDate });

describe("static routes", () => {
  it("publish every version, past and upcoming, at its own URL", () => {
    expect(policyRoutes(model).map((r) => r.params)).toEqual([{ policy: "privacy" }]);
    expect(versionRoutes(model).map((r) => r.params)).toEqual([
      { policy: "privacy", date: "2014-03-15" },
      { policy: "privacy", date: "2026-12-16" },
    ]);
  });

  it("publish a changes page for every version that has a previous one", () => {
    const routes = changeRoutes(model);
    expect(routes.map((r) => r.params)).toEqual([{ policy: "privacy", date: "2026-12-16" }]);
    expect(routes[0]?.props.previous.effective).toBe("2014-03-15");
  });
});
