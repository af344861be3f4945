/**
 * Content built to hide text, exhaust the parser or slip past a reviewer: `npm run check`
 * and `npm run build` refuse each with the file, the line and a plain message, and the
 * build publishes nothing.
 */
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixturesDir, runScript } from "../support/build.ts";

const check = (fixture: string) =>
  runScript("check", ["--content", join(fixturesDir, fixture)], { AS_OF: "2026-11-28" });

/** The problem lines of check's output, without the fixture's folder. */
const problemLines = (stderr: string, fixture: string) =>
  stderr
    .split("\n")
    .filter((line) => line.startsWith("  "))
    .map((line) => line.trim().replace(`tests/fixtures/${fixture}/`, ""));

/** Each fixture and the problems check must name, in order. */
const REFUSED: [fixture: string, problems: string[]][] = [
  [
    "hidden-text",
    [
      'privacy/2020-01-01.md:9: the anchor "data" is given twice, on lines 5 and 9 (a heading\'s anchor comes from its text, or from id="…"): links and the search need each to be unique, so rename one',
      "privacy/2020-01-01.md:13: an HTML comment opens here (<!--) and is never closed: everything after it would vanish from the page and the search; close it with --> or remove it",
      "terms/2020-01-01.md:7: <textarea> is not allowed in a policy: the page would drop it and hide or move the text in it; remove it (plain links, anchors, <details>, <br> and tables are fine)",
    ],
  ],
  [
    "pathological-markdown",
    [
      "cookies/2020-01-01.md:3: the front matter uses a YAML alias (*t): aliases are not allowed; write the value out in full",
      "privacy/2020-01-01.md:7: too deeply nested: lists, quotes and HTML elements may nest 20 levels deep; flatten the structure",
      "refunds/2020-01-01.md:7: this line is 10,004 characters long; a line may be at most 10,000: break it into several lines or paragraphs",
      "refunds/2020-01-01.md:7: too deeply nested: lists, quotes and HTML elements may nest 20 levels deep; flatten the structure",
      "terms/2020-01-01.md:7: this paragraph has more than 1,000 emphasis or link marks (* _ [ ]): it would take too long to read; split it into paragraphs",
    ],
  ],
  [
    "unseen-content",
    [
      "privacy/.2027-01-01.md: a hidden file (its name starts with a dot) is never published: if it is a version, rename it 2027-01-01.md; if not, move it out of the content folder",
      "privacy/2020-01-01.md:2: the front matter has an invisible character, U+202E (right-to-left override), at column 17: it can hide text or show it reversed; delete it (retype the text around it)",
      "privacy/2020-01-01.md:7: an image from another site (https://pixel.tracker.example/p.gif?reader=1) would be loaded by every reader's browser, telling that site who reads the policy: put the image in the site's public/ folder, or allow its host in site.yml (image_hosts: [pixel.tracker.example])",
    ],
  ],
];

describe.concurrent("content that would publish something other than it shows", () => {
  it.each(REFUSED)(
    "%s: check names each problem with its line, and no stack trace",
    async (fixture, problems) => {
      const result = await check(fixture);
      expect(result.status).toBe(1);
      expect(result.stderr).not.toMatch(/RangeError|Maximum call stack|Excessive alias|\n\s+at /);
      expect(problemLines(result.stderr, fixture)).toEqual(problems);
    },
  );

  it("the build refuses Markdown that hides text and publishes nothing", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "redline-hidden-")), "dist");
    const build = await runScript(
      "build",
      ["--content", join(fixturesDir, "hidden-text"), "--out", out],
      { AS_OF: "2026-11-28" },
    );
    expect(build.status).toBe(1);
    expect(build.stderr).toContain("an HTML comment opens here (<!--) and is never closed");
    expect(existsSync(out)).toBe(false);
  });
});
