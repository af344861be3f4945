import { describe, expect, it } from "vitest";
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
});
