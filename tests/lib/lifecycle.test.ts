/**
 * Withdrawn and postponed versions (issue 14): the editor-facing errors of their front
 * matter, and what the site model makes of them.
 */
import { describe, expect, it } from "vitest";
import { formatProblem } from "../../src/content/content-error.ts";
import { ContentError } from "../../src/content/content-error.ts";
import { loadContent } from "../../src/content/content.ts";
import { readVersionSource } from "../../src/content/version-source.ts";
import type { CalendarDate } from "../../src/dates/dates.ts";
import { buildSiteModel } from "../../src/site/site-model.ts";
import { fixturesDir, writeContent } from "../support/build.ts";
import { join } from "node:path";

/** `file:line: message` of a version file `<date>.md` with this front matter. */
function problems(frontMatter: string, date = "2027-01-15"): string[] {
  const source = `---\ntitle: Privacy Policy\nmaterial: true\nannounced: 2026-11-20\nsummary: Shares e-mail addresses.\n${frontMatter}---\n\nText.\n`;
  const result = readVersionSource(new TextEncoder().encode(source), {
    file: `content/privacy/${date}.md`,
    policy: "privacy",
    fileName: `${date}.md`,
  });
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe("withdrawn: in the front matter", () => {
  it("is accepted before the version takes effect", () => {
    expect(problems("withdrawn:\n  date: 2026-12-01\n  reason: We changed our mind.\n")).toEqual(
      [],
    );
  });

  it("is refused, with its line, on a version in effect at the withdrawal date", () => {
    expect(problems("withdrawn:\n  date: 2027-01-20\n  reason: Too late.\n")).toEqual([
      "content/privacy/2027-01-15.md:6: this version took effect on 2027-01-15, before it was withdrawn on 2027-01-20: only a version that has not taken effect can be withdrawn; to undo a version in effect, publish a new version that replaces it (npm run new)",
    ]);
    expect(problems("withdrawn:\n  date: 2027-01-15\n  reason: Same day.\n")[0]).toMatch(
      /:6: this version took effect on 2027-01-15, the day it is withdrawn/,
    );
  });

  it("is refused before the version was announced", () => {
    expect(problems("withdrawn:\n  date: 2026-11-01\n  reason: Early.\n")).toEqual([
      "content/privacy/2027-01-15.md:6: withdrawn on 2026-11-01, before it was announced (2026-11-20): date the withdrawal on or after the announcement",
    ]);
  });

  it("is refused when malformed, naming the line", () => {
    expect(problems("withdrawn: 2026-12-01\n")[0]).toMatch(
      /2027-01-15\.md:6: .*withdrawn.*must be \{ date: YYYY-MM-DD, reason: "…" \}/,
    );
    expect(problems("withdrawn:\n  date: 2026-12-01\n")[0]).toMatch(
      /2027-01-15\.md:6: .*reason.*is required/,
    );
  });
});

describe("postponed: in the front matter", () => {
  const entry = (from: string, date: string) =>
    `postponed:\n  - from: ${from}\n    date: ${date}\n    reason: More time.\n`;

  it("is accepted when the version moved to a later date before its old date", () => {
    expect(problems(entry("2027-01-01", "2026-12-01"))).toEqual([]);
  });

  it("is refused when the old date is not earlier (a postponement to an earlier date)", () => {
    expect(problems(entry("2027-02-01", "2026-12-01"))).toEqual([
      "content/privacy/2027-01-15.md:7: postponed from 2027-02-01 to 2027-01-15 (the file name), which is not later: a postponement moves a version to a later date; to make it take effect earlier, withdraw it and announce a new version",
    ]);
  });

  it("is refused when the version had already taken effect at its old date", () => {
    expect(problems(entry("2027-01-01", "2027-01-05"))[0]).toMatch(
      /:7: postponed on 2027-01-05, but it was to take effect on 2027-01-01: a version that has taken effect cannot be postponed/,
    );
  });

  it("is refused when its old date is another version's", () => {
    const content = writeContent({
      "privacy/2026-01-01.md": "---\ntitle: Privacy Policy\n---\n\nText.\n",
      "privacy/2027-01-15.md":
        "---\ntitle: Privacy Policy\nannounced: 2025-11-01\n" +
        entry("2026-01-01", "2025-12-01") +
        "---\n\nText.\n",
    });
    expect(() => loadContent(content, join(content, ".."))).toThrow(ContentError);
    try {
      loadContent(content, join(content, ".."));
    } catch (error) {
      expect((error as ContentError).problems.map(formatProblem)).toEqual([
        "content/privacy/2027-01-15.md:4: postponed from 2026-01-01, but content/privacy/2026-01-01.md also takes effect on that day: the old date's URL must lead to one version; check the dates",
      ]);
    }
  });
});

describe("a policy whose every version is withdrawn", () => {
  it("is refused: it would have nothing to show", () => {
    const content = writeContent({
      "privacy/2027-01-15.md":
        "---\ntitle: Privacy Policy\nannounced: 2026-11-01\nwithdrawn:\n  date: 2026-12-01\n  reason: Never mind.\n---\n\nText.\n",
    });
    expect(() => loadContent(content, join(content, ".."))).toThrow(
      /every version of the policy "privacy" is withdrawn/,
    );
  });
});

describe("the site model", () => {
  const content = loadContent(join(fixturesDir, "lifecycle-withdrawn"), fixturesDir);
  const model = (today: string) =>
    buildSiteModel({ ...content, today: today as CalendarDate }).policies[0];

  it("takes a withdrawn version out of the timeline from its withdrawal day, with a notice for notice_days", () => {
    const before = model("2026-11-30");
    expect(before?.versions.map((v) => v.effective)).toEqual(["2026-01-01", "2027-01-15"]);
    expect(before?.notice?.version.effective).toBe("2027-01-15");
    expect(before?.withdrawal).toBeUndefined();

    const after = model("2026-12-01");
    expect(after?.versions.map((v) => v.effective)).toEqual(["2026-01-01"]);
    expect(after?.notice).toBeUndefined();
    expect(after?.withdrawn.map((v) => [v.effective, v.status, v.previous])).toEqual([
      [
        "2027-01-15",
        {
          kind: "withdrawn",
          date: "2026-12-01",
          reason: "After readers' feedback we will not share email addresses with anyone.",
        },
        "2026-01-01",
      ],
    ]);
    expect(after?.withdrawal?.window).toEqual({ start: "2026-12-01", end: "2026-12-31" });
    expect(model("2026-12-31")?.withdrawal).toBeUndefined();
    // Even long after its date, a withdrawn version never takes effect.
    expect(model("2027-06-01")?.current?.effective).toBe("2026-01-01");
  });

  it("asks for a rebuild on the withdrawal day and when its notice ends", () => {
    const rebuild = (today: string) =>
      buildSiteModel({ ...content, today: today as CalendarDate }).nextRebuild;
    expect(rebuild("2026-11-25")).toBe("2026-12-01");
    expect(rebuild("2026-12-10")).toBe("2026-12-31");
  });
});
