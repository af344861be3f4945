/**
 * The redline of each small scenario in tests/fixtures/redline/<scenario>/ (old.md →
 * new.md), as readable text (format.ts) and the kind of change it is.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../../src/render/markdown.ts";
import {
  compareVersions,
  formatRedline,
  sideText,
  versionText,
} from "../../../src/redline/index.ts";

const fixtures = join(import.meta.dirname, "../../fixtures/redline");

function scenario(name: string) {
  const read = (file: string) => parseMarkdown(readFileSync(join(fixtures, name, file), "utf8"));
  const [before, after] = [read("old.md"), read("new.md")];
  const redline = compareVersions(before, after);
  // Whatever the scenario, each side still rebuilds its version exactly.
  expect(sideText(redline, "old")).toBe(versionText(before));
  expect(sideText(redline, "new")).toBe(versionText(after));
  return { redline, text: formatRedline(redline), stats: redline.stats };
}

describe("redline scenarios", () => {
  it("a reordered list: moved items at both places, the edits inside a moved item marked", () => {
    const { text, stats } = scenario("moved-list-item");
    expect(text).toBe(
      [
        "  ## Definitions",
        '  • An "Account" represents your legal relationship with us and lets you sign in to the service.',
        '←1 • The "Service" refers to the applications, software, products and services we provide.',
        '←2 • "You" means the individual person or company that has accepted these terms today.',
        '  • A "User Account" is an account for one person who signs in and uses the Service.',
        '→2 • "You" means the individual person or company that has accepted these terms today.',
        '→1 • The "Service" refers to the applications, software, {+code, packages,+} products and services we provide.',
      ].join("\n"),
    );
    expect(stats).toMatchObject({
      moved: 2,
      wordsAdded: 2,
      wordsRemoved: 0,
      textChange: "wording",
    });
  });

  it("a moved paragraph that became a list item elsewhere is a move, its words unmarked", () => {
    const redline = compareVersions(
      parseMarkdown(
        "Intro text here.\n\nWe never sell your personal information to anyone.\n\nEnd.",
      ),
      parseMarkdown(
        "Intro text here.\n\nEnd.\n\n- We never sell your personal information to anyone.",
      ),
    );
    expect(formatRedline(redline)).toBe(
      [
        "  ¶ Intro text here.",
        "←1 ¶ We never sell your personal information to anyone.",
        "  ¶ End.",
        "→1 • We never sell your personal information to anyone.",
      ].join("\n"),
    );
    expect(redline.stats.wordsAdded + redline.stats.wordsRemoved).toBe(0);
  });

  it("a paragraph split in two: only the edit inside is marked", () => {
    const { text, stats } = scenario("paragraph-split");
    expect(text).toBe(
      [
        "~ ¶ We keep your account data while your account is open.",
        "~…old ¶ [- -]When you close your account we delete your data within [-ninety-] {+thirty+} days, unless the law requires us to keep it longer.",
      ].join("\n"),
    );
    expect(stats).toMatchObject({ wordsAdded: 1, wordsRemoved: 1 });
  });

  it("two paragraphs merged into one, the same words: a formatting change", () => {
    const { text, stats } = scenario("paragraphs-merged");
    expect(text).toBe(
      [
        "~ ¶ We keep your account data while your account is open.",
        "~…new ¶ {+ +}When you close your account we delete your data within ninety days, unless the law requires us to keep it longer.",
      ].join("\n"),
    );
    expect(stats).toMatchObject({ wordsAdded: 0, wordsRemoved: 0, textChange: "formatting" });
  });

  it("a paragraph turned list item in place is a formatting change", () => {
    const { text, stats } = scenario("paragraph-to-list-item");
    expect(text).toBe(
      [
        "~ ¶→• We collect your name and your email address when you register.",
        "  ¶ We never sell personal information.",
      ].join("\n"),
    );
    expect(stats).toMatchObject({ wordsAdded: 0, wordsRemoved: 0, formattingChanged: 1 });
    expect(stats.textChange).toBe("formatting");
  });

  it("a changed link target and an added link are link changes, not word changes", () => {
    const { text, stats } = scenario("links");
    expect(text).toBe(
      [
        "~ ¶ Read our [cookie policy](https://example.com/legal/cookies)⟨was [cookie policy](https://example.com/cookies)⟩ for details.",
        "~ ¶ Contact the [privacy team](mailto:privacy@example.com)⟨was privacy team⟩ with any question.",
      ].join("\n"),
    );
    expect(stats).toMatchObject({ wordsAdded: 0, wordsRemoved: 0, linksChanged: 2 });
    expect(stats.textChange).toBe("links");
    expect(stats.sections.changed).toEqual([]);
  });

  it("emphasis and heading level are formatting, and no section's wording changed", () => {
    const { text, stats } = scenario("formatting");
    expect(text).toBe(
      ["~ ##→### Your rights", "~ ¶ You may ask us to _delete_⟨was delete⟩ your data."].join("\n"),
    );
    expect(stats).toMatchObject({ wordsAdded: 0, wordsRemoved: 0, formattingChanged: 2 });
    expect(stats.textChange).toBe("formatting");
    expect(stats.sections.changed).toEqual([]);
  });

  it("punctuation is counted as punctuation, and is a wording change", () => {
    const { text, stats } = scenario("punctuation");
    expect(text).toBe("~ ¶ We keep logs for 90 days[-,-]{+;+} then delete them.");
    expect(stats).toMatchObject({
      wordsAdded: 0,
      wordsRemoved: 0,
      punctuationAdded: 1,
      punctuationRemoved: 1,
      textChange: "wording",
    });
  });

  it("an ordered list keeps its numbers, and a renumbering shows", () => {
    const { text } = scenario("renumbered-list");
    expect(text).toBe(
      [
        "  1. Register an account.",
        "+ 2. Accept the terms.",
        "  2.→3. Verify your email.",
        "  3.→4. Start using the service.",
      ].join("\n"),
    );
  });

  it("a table is compared cell by cell", () => {
    const { text } = scenario("table-cell");
    expect(text).toBe(
      [
        "  |th Data",
        "  |th Kept for",
        "  |td Logs",
        "~ |td [-90-]{+30+} days",
        "  |td Backups",
        "  |td 1 year",
      ].join("\n"),
    );
  });

  it("re-wrapping and another bullet character change nothing", () => {
    const { stats } = scenario("no-text-change");
    expect(stats.textChange).toBe("none");
    expect(stats.blocks.changed).toBe(0);
  });
});
