import { describe, expect, it } from "vitest";
import { formatProblem } from "../../src/content/content-error.ts";
import { readVersionSource } from "../../src/content/version-source.ts";
import { MARKDOWN_LIMITS } from "../../src/render/limits.ts";

const FILE = "content/privacy/2026-01-31.md";
const NESTED = `too deeply nested: lists, quotes and HTML elements may nest 20 levels deep; flatten the structure`;

/** The problems as editors see them, for a body starting on line 4. */
function problems(body: string): string[] {
  const bytes = new TextEncoder().encode(`---\ntitle: T\n---\n${body}`);
  const result = readVersionSource(bytes, {
    file: FILE,
    policy: "privacy",
    fileName: "2026-01-31.md",
  });
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe("bounded work: each limit is refused with the file, the line and a plain message", () => {
  it("states the limits an editor reads in the README", () => {
    expect(MARKDOWN_LIMITS).toEqual({
      fileBytes: 262_144,
      lineLength: 10_000,
      nesting: 20,
      marksPerParagraph: 1_000,
    });
  });

  it("a file over 256 KB", () => {
    expect(problems("word ".repeat(60_000))).toEqual([
      `${FILE}: the file is 293 KB; a version may be at most 256 KB: split the policy into several policies, or move long annexes to their own policy`,
    ]);
  });

  it("a line over 10,000 characters", () => {
    expect(problems(`Intro.\n\n${"word ".repeat(2_001)}\n`)).toEqual([
      `${FILE}:6: this line is 10,005 characters long; a line may be at most 10,000: break it into several lines or paragraphs`,
    ]);
  });

  it("2,000 nested quotes (a 2 KB file that overflowed the stack)", () => {
    expect(problems(`Intro.\n\n${">".repeat(2_000)} a\n`)).toEqual([`${FILE}:6: ${NESTED}`]);
  });

  it("5,000 list markers on one line", () => {
    expect(problems("- ".repeat(3_000) + "a\n")).toEqual([`${FILE}:4: ${NESTED}`]);
  });

  it("lists nested by indentation", () => {
    const lines = Array.from({ length: 30 }, (_, depth) => `${"  ".repeat(depth)}- level ${depth}`);
    expect(problems(lines.join("\n") + "\n")).toEqual([`${FILE}:24: ${NESTED}`]);
  });

  it("nested <details>", () => {
    expect(problems("Intro.\n\n" + "<details>\n".repeat(3_000))).toEqual([`${FILE}:26: ${NESTED}`]);
  });

  it("emphasis nested in itself", () => {
    expect(problems("*a ".repeat(300) + "b" + "*".repeat(300) + "\n")).toEqual([
      `${FILE}:4: ${NESTED}`,
    ]);
  });

  it("a paragraph of more than 1,000 emphasis or link marks (parsed in quadratic time)", () => {
    expect(problems(`Intro.\n\n${"*a**\n".repeat(400)}`)).toEqual([
      `${FILE}:6: this paragraph has more than 1,000 emphasis or link marks (* _ [ ]): it would take too long to read; split it into paragraphs`,
    ]);
  });

  it("accepts what real policies have: a table row counts alone, code is not counted, nesting up to 20", () => {
    const table = "| A | B |\n| --- | --- |\n" + "| [a](b) *c* | _d_ |\n".repeat(300);
    const code = "```\n" + "**".repeat(2_000) + "\n```\n";
    const nested = Array.from({ length: 20 }, (_, depth) => `${"  ".repeat(depth)}- level`);
    const rule = "- ".repeat(40).trim();
    // Anchors left open, as in policies converted from old HTML: the parser closes each.
    const anchors = Array.from({ length: 30 }, (_, n) => `<a name="s${n}">\n\nText ${n}.\n`);
    expect(problems([table, code, nested.join("\n"), "", rule, "", ...anchors].join("\n"))).toEqual(
      [],
    );
  });
});
