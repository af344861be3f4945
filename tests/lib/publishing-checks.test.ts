import { dirname } from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "../../src/content/content.ts";
import type { CalendarDate } from "../../src/dates/dates.ts";
import { checkPublishing } from "../../src/archive/publishing-checks.ts";
import { buildSiteModel } from "../../src/site/site-model.ts";
import { writeContent } from "../support/build.ts";

const TODAY = "2026-11-28" as CalendarDate;
const FIRST = "---\ntitle: Privacy Policy\n---\n\nWe keep logs.\n";
const material = (announced: string, extra = "") =>
  `---\ntitle: Privacy Policy\nmaterial: true\nannounced: ${announced}\nsummary: Logs are kept 90 days.\n${extra}---\n\nWe keep logs for 90 days.\n`;

function check(files: Record<string, string>) {
  const contentDir = writeContent(files);
  const projectRoot = dirname(contentDir);
  const content = loadContent(contentDir, projectRoot);
  const model = buildSiteModel({ ...content, today: TODAY });
  return { content, result: checkPublishing({ model, contentDir, projectRoot }) };
}

describe("the publishing checks (notice rule and archive lock)", () => {
  it("points at the line of the rule each version breaks", () => {
    const { result } = check({
      "privacy/2020-01-01.md": FIRST,
      // 10 days' notice where 30 are required…
      "privacy/2026-12-10.md": material("2026-11-30"),
      // …and takes effect before the notice of the one before has run its 30 days.
      "privacy/2026-12-20.md": FIRST,
    });
    expect(result.problems).toEqual([
      expect.objectContaining({ file: "content/privacy/2026-12-10.md", line: 4 }),
      expect.objectContaining({ file: "content/privacy/2026-12-20.md", line: 2 }),
    ]);
  });

  it("lets an urgent version break the rule", () => {
    const { result } = check({
      "privacy/2020-01-01.md": FIRST,
      "privacy/2026-12-10.md": material("2026-11-30", 'urgent: "Required by a court order"\n'),
    });
    expect(result.problems).toEqual([]);
  });

  it("warns, without failing, about published versions the lock does not record", () => {
    const { result } = check({ "privacy/2020-01-01.md": FIRST });
    expect(result.problems).toEqual([]);
    expect(result.warnings).toEqual([expect.stringContaining("privacy/2020-01-01.md")]);
  });

  it("reads each version's hash and corrections for the lock (none when the front matter lists none)", () => {
    const { content } = check({
      "privacy/2020-01-01.md": FIRST,
      "privacy/2027-02-01.md": material(
        "2026-11-01",
        "corrections:\n  - date: 2026-11-20\n    reason: Fixed a typo.\n",
      ),
    });
    expect(content.versions).toEqual([
      expect.objectContaining({ effective: "2020-01-01", corrections: [] }),
      expect.objectContaining({
        effective: "2027-02-01",
        announced: "2026-11-01",
        corrections: [{ date: "2026-11-20", reason: "Fixed a typo." }],
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      }),
    ]);
  });
});
