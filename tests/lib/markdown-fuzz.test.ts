/**
 * Random Markdown, heavy in the constructs that break parsers (nesting, unclosed
 * constructs, long runs of marks), must give a valid version or problems naming the file,
 * never a crash, and each file must be checked in bounded time.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readVersionSource } from "../../src/content/version-source.ts";

const FILE = "content/privacy/2026-01-31.md";

const piece = fc.oneof(
  fc.constantFrom(
    "> ",
    "- ",
    "1. ",
    "  ",
    "*",
    "**",
    "_",
    "[",
    "](x)",
    "`",
    "~~",
    "<details>",
    "</details>",
    "<!--",
    "-->",
    "<textarea>",
    "<title>",
    "<plaintext>",
    "<xmp>",
    '<h2 id="a">',
    "## A",
    "| a | b |\n|---|---|\n",
    "```\n",
    "\n",
    "\n\n",
    "&#9;",
    "<",
    ">",
    "\u202e",
  ),
  fc.string({ maxLength: 8 }),
);
/** A block repeated many times: deep nesting and long runs come from repetition. */
const repeated = fc
  .tuple(fc.array(piece, { minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 3_000 }))
  .map(([parts, times]) => parts.join("").repeat(times));
const markdown = fc
  .array(fc.oneof(piece, repeated), { maxLength: 12 })
  .map((parts) => parts.join(""));

describe("random Markdown is checked in bounded time, with a clean result or named problems", () => {
  it("never crashes and never takes more than a few seconds per file", () => {
    fc.assert(
      fc.property(markdown, (body) => {
        const started = performance.now();
        const result = readVersionSource(new TextEncoder().encode(`---\ntitle: T\n---\n${body}`), {
          file: FILE,
          policy: "privacy",
          fileName: "2026-01-31.md",
        });
        const elapsed = performance.now() - started;
        if (!result.ok) {
          expect(result.problems.length).toBeGreaterThan(0);
          for (const problem of result.problems) {
            expect(problem.file).toBe(FILE);
            expect(problem.message).not.toMatch(/RangeError|Maximum call stack|TypeError/);
          }
        }
        // A generous bound on a shared machine: the pathological inputs took minutes.
        expect(elapsed).toBeLessThan(10_000);
      }),
      { numRuns: 150, seed: 15 },
    );
  }, 600_000);
});
