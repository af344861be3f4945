/**
 * `npm run postpone` (issue 14): moves an announced version to a later date, and refuses
 * every mistake with the file, a non-zero exit and nothing written.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  copyContent,
  fixturesDir,
  runScript,
  SITE_YML,
  snapshotFiles,
  writeContent,
} from "../support/build.ts";

const TODAY = "2026-12-01";
const FIRST = "---\ntitle: Privacy Policy\n---\n\n# Example\n\nWe keep logs for a year.\n";
const ANNOUNCED =
  "---\ntitle: Privacy Policy\nmaterial: true\nannounced: 2026-11-20\nsummary: Logs for 90 days.\n---\n\n# Example\n\nWe keep logs for 90 days.\n";
const REASON = "We need more time to answer questions.";

const content = (extra: Record<string, string> = {}) =>
  writeContent({ "privacy/2026-01-01.md": FIRST, "privacy/2027-01-01.md": ANNOUNCED, ...extra });
const postpone = (contentDir: string, ...args: string[]) =>
  runScript("postpone", [...args, "--content", contentDir], { AS_OF: TODAY });

/** Runs a postponement that must fail: exit 1, the message, and the content untouched. */
async function refused(contentDir: string, args: string[]): Promise<string> {
  const before = snapshotFiles(contentDir);
  const result = await postpone(contentDir, ...args);
  expect(result.status).toBe(1);
  expect(snapshotFiles(contentDir)).toEqual(before);
  return result.stderr;
}

describe.concurrent("npm run postpone", () => {
  it("renames the file to the new date and records the postponement at the end of its front matter", async () => {
    const dir = content();
    const result = await postpone(
      dir,
      "privacy",
      "2027-01-01",
      "--to",
      "2027-02-01",
      "--reason",
      REASON,
    );
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Moved .*privacy\/2027-01-01\.md to .*privacy\/2027-02-01\.md/);
    expect(result.stdout).toMatch(/npm run check -- --lock/);
    expect(existsSync(join(dir, "privacy/2027-01-01.md"))).toBe(false);
    expect(readFileSync(join(dir, "privacy/2027-02-01.md"), "utf8")).toBe(
      ANNOUNCED.replace(
        "summary: Logs for 90 days.\n",
        `summary: Logs for 90 days.\npostponed:\n  - from: 2027-01-01\n    date: ${TODAY}\n    reason: "${REASON}"\n`,
      ),
    );
    const check = await runScript("check", ["--content", dir], { AS_OF: TODAY });
    expect(check.stderr).not.toMatch(/✗/);
    expect(check.status).toBe(0);
  });

  it("refuses a postponement to an earlier date", async () => {
    const stderr = await refused(content(), [
      "privacy",
      "2027-01-01",
      "--to",
      "2026-12-20",
      "--reason",
      REASON,
    ]);
    expect(stderr).toMatch(
      /privacy\/2027-01-01\.md: --to 2026-12-20 is not later than 2027-01-01: a postponement moves a version to a later date/,
    );
  });

  it("refuses a postponement onto an existing version's date", async () => {
    const dir = content({ "privacy/2027-03-01.md": FIRST });
    const stderr = await refused(dir, [
      "privacy",
      "2027-01-01",
      "--to",
      "2027-03-01",
      "--reason",
      REASON,
    ]);
    expect(stderr).toMatch(
      /privacy\/2027-01-01\.md: --to 2027-03-01: .*privacy\/2027-03-01\.md already takes effect on March 1, 2027: choose another date/,
    );
  });

  it("refuses to postpone a version in effect, or one that does not exist", async () => {
    const dir = content();
    expect(
      await refused(dir, ["privacy", "2026-01-01", "--to", "2027-03-01", "--reason", REASON]),
    ).toMatch(
      /privacy\/2026-01-01\.md: this version took effect on 2026-01-01: only a version that has not taken effect can be postponed/,
    );
    expect(
      await refused(dir, ["privacy", "2027-01-02", "--to", "2027-03-01", "--reason", REASON]),
    ).toMatch(
      /privacy has no version taking effect on 2027-01-02: its versions are 2026-01-01, 2027-01-01/,
    );
    expect(await refused(dir, ["privacy", "2027-01-01", "--to", "2027-03-01"])).toMatch(
      /--reason is required/,
    );
  });

  it("checks the notice rule again for the new date", async () => {
    // Under from-change the notice runs 30 days from the new date, past the next version's.
    const dir = writeContent({
      "site.yml": `${SITE_YML}notice_rule: from-change\n`,
      "privacy/2026-01-01.md": FIRST,
      "privacy/2027-01-01.md": ANNOUNCED,
      "privacy/2027-03-01.md": FIRST,
    });
    const stderr = await refused(dir, [
      "privacy",
      "2027-01-01",
      "--to",
      "2027-02-20",
      "--reason",
      REASON,
    ]);
    expect(stderr).toMatch(
      /privacy\/2027-03-01\.md:2: this version takes effect before the notice of the material change of February 20, 2027 has run its 30 days \(until 2027-03-22\)/,
    );
  });
});

describe("a withdrawn: on a version already in effect", () => {
  it("is refused by check and by the build, naming the file and line, with nothing published", async () => {
    const content = copyContent(join(fixturesDir, "lifecycle-withdrawn"));
    const file = join(content, "privacy/2027-01-15.md");
    writeFileSync(file, readFileSync(file, "utf8").replace("date: 2026-12-01", "date: 2027-01-20"));
    const check = await runScript("check", ["--content", content], { AS_OF: "2027-02-01" });
    expect(check.status).toBe(1);
    expect(check.stderr).toMatch(
      /privacy\/2027-01-15\.md:6: this version took effect on 2027-01-15, before it was withdrawn on 2027-01-20/,
    );
    const out = join(mkdtempSync(join(tmpdir(), "redline-withdrawn-")), "dist");
    const build = await runScript("build", ["--content", content, "--out", out], {
      AS_OF: "2027-02-01",
    });
    expect(build.status).toBe(1);
    expect(build.stderr).toMatch(/privacy\/2027-01-15\.md:6: this version took effect/);
    expect(existsSync(out)).toBe(false);
  });
});
