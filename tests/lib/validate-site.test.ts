import { dirname } from "node:path";
import { describe, expect, it } from "vitest";
import { ContentError } from "../../src/content/content-error.ts";
import { AsOfError } from "../../src/dates/today.ts";
import { validateSite } from "../../src/build/validate-site.ts";
import { SITE_YML, writeContent } from "../support/build.ts";

const FIRST = "---\ntitle: Privacy Policy\n---\n\nWe keep logs.\n";
const MATERIAL = (announced: string) =>
  `---\ntitle: Privacy Policy\nmaterial: true\nannounced: ${announced}\nsummary: Logs are kept 90 days.\n---\n\nWe keep logs for 90 days.\n`;

function validate(files: Record<string, string>, options: { asOf?: string; now?: Date } = {}) {
  const contentDir = writeContent(files);
  const warnings: string[] = [];
  const run = () =>
    validateSite({
      contentDir,
      projectRoot: dirname(contentDir),
      asOf: options.asOf,
      ...(options.now ? { now: options.now } : {}),
      onWarning: (warning) => warnings.push(warning),
    });
  return { run, warnings };
}

describe("validateSite (npm run check, and the first stage of every build)", () => {
  it("models the site for AS_OF, and warns about a published version the lock does not record", () => {
    const { run, warnings } = validate(
      {
        "privacy/2020-01-01.md": FIRST,
        "privacy/2027-01-01.md": MATERIAL("2026-11-01"),
        "privacy/2028-01-01.md": MATERIAL("2027-12-01"),
      },
      { asOf: "2026-11-28" },
    );
    const model = run();
    expect(model.today).toBe("2026-11-28");
    expect(model.policies[0]?.current?.effective).toBe("2020-01-01");
    expect(model.policies[0]?.notice?.version.effective).toBe("2027-01-01");
    // Announced versions are published; the one announced next year is not yet.
    expect(warnings.join("\n")).toContain("privacy/2020-01-01.md");
    expect(warnings.join("\n")).toContain("privacy/2027-01-01.md");
    expect(warnings.join("\n")).not.toContain("privacy/2028-01-01.md");
  });

  it("takes today in the site's time zone, not the machine's", () => {
    // 11:00 UTC is already the next day in Kiritimati (UTC+14), still the same day in Los Angeles.
    const now = new Date("2026-11-28T11:00:00Z");
    const kiritimati = SITE_YML.replace("America/Los_Angeles", "Pacific/Kiritimati");
    expect(validate({ "privacy/2020-01-01.md": FIRST }, { now }).run().today).toBe("2026-11-28");
    expect(
      validate({ "site.yml": kiritimati, "privacy/2020-01-01.md": FIRST }, { now }).run().today,
    ).toBe("2026-11-29");
  });

  it("reports every broken publishing rule at once, with file and line", () => {
    const { run } = validate(
      {
        "privacy/2020-01-01.md": FIRST,
        // Announced 10 days ahead where site.yml asks for 30.
        "privacy/2026-12-10.md": MATERIAL("2026-11-30"),
        "published.lock": "not a lock line\n",
      },
      { asOf: "2026-11-28" },
    );
    let error: unknown;
    try {
      run();
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ContentError);
    const problems = (error as ContentError).problems.map((problem) => [
      problem.file,
      problem.line,
    ]);
    expect(problems).toEqual(
      expect.arrayContaining([
        ["content/privacy/2026-12-10.md", 4],
        ["content/published.lock", 1],
      ]),
    );
  });

  it("refuses an AS_OF that is not a calendar date", () => {
    const { run } = validate({ "privacy/2020-01-01.md": FIRST }, { asOf: "2026-02-30" });
    expect(run).toThrow(AsOfError);
  });
});
