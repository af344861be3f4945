import { describe, expect, it } from "vitest";
import { loadContent } from "../../src/content/content.ts";
import type { CalendarDate } from "../../src/dates/dates.ts";
import {
  changeRoutes,
  movedChangeRoutes,
  movedVersionRoutes,
  policyRoutes,
  versionRoutes,
} from "../../src/site/routes.ts";
import { buildSiteModel } from "../../src/site/site-model.ts";
import { seedContent, writeContent } from "../support/build.ts";

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

describe("a postponed version's old date", () => {
  const postponed = (announcedAndMoved: string) =>
    `---\ntitle: Terms\n${announcedAndMoved}---\n\n# Terms\n\nBe kind.\n`;
  const movedModel = buildSiteModel({
    ...loadContent(
      writeContent({
        // A first version, postponed: its old date never had a changes page.
        "terms/2027-02-01.md": postponed(
          "announced: 2026-11-20\npostponed:\n  - from: 2027-01-01\n    date: 2026-12-01\n    reason: More time.\n",
        ),
        "privacy/2026-01-01.md": postponed(""),
        "privacy/2027-02-01.md": postponed(
          "material: true\nsummary: Shorter.\nannounced: 2026-11-20\npostponed:\n  - from: 2027-01-01\n    date: 2026-12-01\n    reason: More time.\n",
        ),
      }),
    ),
    today: "2026-12-10" as CalendarDate,
  });

  it("keeps its page, and its changes page only where the new date has one", () => {
    expect(movedVersionRoutes(movedModel).map((route) => route.params)).toEqual([
      { policy: "privacy", date: "2027-01-01" },
      { policy: "terms", date: "2027-01-01" },
    ]);
    expect(changeRoutes(movedModel).map((route) => route.params)).toEqual([
      { policy: "privacy", date: "2027-02-01" },
    ]);
    expect(movedChangeRoutes(movedModel).map((route) => route.params)).toEqual([
      { policy: "privacy", date: "2027-01-01" },
    ]);
  });
});
