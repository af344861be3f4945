import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../../src/lib/markdown.ts";
import { prepareVersion } from "../../../src/lib/redline/blocks.ts";
import { tokenizeProse } from "../../../src/lib/redline/tokens.ts";
import { diffWordRuns, wholeRuns } from "../../../src/lib/redline/words.ts";

describe("words", () => {
  it("diffs tokens into merged runs with word counts", () => {
    const diff = diffWordRuns(
      tokenizeProse("we may share data"),
      tokenizeProse("we will not share data"),
      100,
    );
    expect(diff).toEqual({
      runs: [
        { op: "kept", text: "we" },
        { op: "removed", text: " may" },
        { op: "added", text: " will not" },
        { op: "kept", text: " share data" },
      ],
      added: 2,
      removed: 1,
    });
  });

  it("splits runs where marks change", () => {
    const runs = wholeRuns(
      [...tokenizeProse("a"), ...tokenizeProse(" b", { strong: true })],
      "kept",
    );
    expect(runs).toEqual([
      { op: "kept", text: "a" },
      { strong: true, op: "kept", text: "b" },
    ]);
  });

  it("gives up past the edit cap", () => {
    expect(diffWordRuns(tokenizeProse("a b c d"), tokenizeProse("d c b a"), 1)).toBeUndefined();
  });

  it("slices whole-block runs from the block text exactly as it builds them from tokens", () => {
    const [block] = prepareVersion(
      parseMarkdown("We **may share** your [data](https://x) with `partners` *and* **others**."),
    ).blocks;
    if (!block) throw new Error("no block");
    // Copies of the token list: the run cache is keyed by the list, so each call builds anew.
    const sliced = wholeRuns([...block.tokens], "added", block.text);
    expect(sliced).toEqual(wholeRuns([...block.tokens], "added"));
    // A token's separator leads it, so a marked run starts with the space before it.
    expect(sliced.map((run) => run.text)).toEqual([
      "We",
      " may share",
      " your",
      " data",
      " with",
      " partners",
      " and",
      " others",
      ".",
    ]);
  });
});
