import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../../src/render/markdown.ts";
import { prepareVersion } from "../../../src/redline/blocks.ts";
import { tokenizeProse, type Token } from "../../../src/redline/tokens.ts";
import { diffWordRuns, wholeRuns } from "../../../src/redline/words.ts";

/** Two token lists' keys as integers, as a prepared version gives them (VersionBlock.ids). */
function keyIds(oldTokens: readonly Token[], newTokens: readonly Token[]) {
  const ids = new Map<string, number>();
  const idsOf = (tokens: readonly Token[]) =>
    tokens.map((token) => {
      if (!ids.has(token.key)) ids.set(token.key, ids.size);
      return ids.get(token.key) ?? -1;
    });
  return { old: idsOf(oldTokens), new: idsOf(newTokens) };
}
/** Runs between two texts' tokens. */
function diffProse(oldText: string, newText: string, maxEditLength: number) {
  const oldTokens = tokenizeProse(oldText);
  const newTokens = tokenizeProse(newText);
  return diffWordRuns(oldTokens, newTokens, maxEditLength, keyIds(oldTokens, newTokens));
}

describe("words", () => {
  it("diffs tokens into merged runs with word counts", () => {
    const diff = diffProse("we may share data", "we will not share data", 100);
    expect(diff).toEqual({
      runs: [
        { op: "kept", text: "we" },
        { op: "removed", text: " may" },
        { op: "added", text: " will not" },
        { op: "kept", text: " share data" },
      ],
      added: 2,
      removed: 1,
      punctuationAdded: 0,
      punctuationRemoved: 0,
    });
  });

  it("counts punctuation apart from words", () => {
    const diff = diffProse("we share data.", "we share data;", 100);
    expect(diff).toMatchObject({
      added: 0,
      removed: 0,
      punctuationAdded: 1,
      punctuationRemoved: 1,
    });
  });

  it("keeps a word whose marks changed, with its old marks", () => {
    const oldTokens = tokenizeProse("see docs", { href: "https://a" });
    const newTokens = tokenizeProse("see docs", { href: "https://b" });
    const diff = diffWordRuns(oldTokens, newTokens, 100, keyIds(oldTokens, newTokens));
    expect(diff?.runs).toEqual([
      { op: "kept", text: "see docs", href: "https://b", was: { href: "https://a" } },
    ]);
    expect(diff?.added).toBe(0);
  });

  it("splits runs where marks change", () => {
    const tokens = [...tokenizeProse("a"), ...tokenizeProse(" b", { strong: true })];
    const runs = wholeRuns(tokens, "kept", tokens.map((token) => token.sep + token.text).join(""));
    expect(runs).toEqual([
      { op: "kept", text: "a" },
      { strong: true, op: "kept", text: "b" },
    ]);
  });

  it("gives up past the edit cap", () => {
    expect(diffProse("a b c d", "d c b a", 1)).toBeUndefined();
  });

  it("slices whole-block runs from the block text, one run per change of marks", () => {
    const [block] = prepareVersion(
      parseMarkdown("We **may share** your [data](https://x) with `partners` *and* **others**."),
    ).blocks;
    if (!block) throw new Error("no block");
    // A token's separator leads it, so a marked run starts with the space before it.
    expect(wholeRuns(block.tokens, "added", block.text)).toEqual([
      { op: "added", text: "We" },
      { strong: true, op: "added", text: " may share" },
      { op: "added", text: " your" },
      { href: "https://x", op: "added", text: " data" },
      { op: "added", text: " with" },
      { code: true, op: "added", text: " partners" },
      { emphasis: true, op: "added", text: " and" },
      { strong: true, op: "added", text: " others" },
      { op: "added", text: "." },
    ]);
  });
});
