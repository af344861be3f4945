/**
 * site.yml's plain-language rule through `npm run check`, and the readability figures
 * readers see on the built pages.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SITE_YML, fixturesDir, runScript, writeContent } from "../support/build.ts";
import { IN_NOTICE, builtSite } from "../support/sites.ts";

describe("readability: { min_reading_ease } in site.yml", () => {
  it("check refuses a new version below it, naming the file and its score, not a published one", async () => {
    const result = await runScript("check", ["--content", join(fixturesDir, "readability")]);
    expect(result.status).toBe(1);
    const problems = result.stderr.split("\n").filter((line) => line.startsWith("  "));
    // privacy/2020-01-01.md scores lower still, but the lock records it: it is history.
    expect(problems).toEqual([
      "  tests/fixtures/readability/terms/2020-01-01.md: its Flesch reading ease is -105.4, below the 45 site.yml requires (readability.min_reading_ease): shorten long sentences and prefer short words (17 words in 2 sentences, 3.59 syllables a word)",
    ]);
  });

  it("a minimum that is not a number is an error naming site.yml and its line", async () => {
    const content = writeContent({
      "site.yml": `${SITE_YML}readability:\n  min_reading_ease: fairly easy\n`,
      "privacy/2020-01-01.md": "---\ntitle: Privacy Policy\n---\n\nWe keep your name.\n",
    });
    const result = await runScript("check", ["--content", content]);
    expect(result.status).toBe(1);
    const line = SITE_YML.split("\n").length + 1;
    expect(result.stderr).toMatch(
      new RegExp(
        `site\\.yml:${line}: field "readability\\.min_reading_ease" must be a number, the lowest reading ease allowed, e\\.g\\. 45`,
      ),
    );
  });
});

describe("readability on the built pages", () => {
  it("the version page, the history and the changes page give the seed's figures", async () => {
    const site = await builtSite(IN_NOTICE);
    const page = (path: string) => readFileSync(join(site, path, "index.html"), "utf8");
    const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

    const version = page("privacy/2014-03-15");
    expect(version).toMatch(
      /data-word-count="1081" data-reading-minutes="5" data-reading-ease="43.6"/,
    );
    expect(text(version)).toContain(
      "1,081 words, about 5 minutes to read · Flesch reading ease 43.6, difficult",
    );

    const history = text(page("privacy/history"));
    expect(history).toContain("First version 1,081 words, Flesch 43.6");
    expect(history).toContain("Reading ease How easy a version is to read");

    const changes = text(page("privacy/changes/2026-12-16"));
    expect(changes).toMatch(/Length 1,081 words → 1,\d{3} words/);
    expect(changes).toContain("Reading ease 43.6 → 44.9 (Flesch; higher is easier)");
  });
});
