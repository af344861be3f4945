import { describe, expect, it } from "vitest";
import { Interner, matchSequences as matchIndexes } from "../../../src/redline/sequence.ts";

/** The matches as [old, new] index pairs, easier to read in expectations. */
function matchSequences(oldKeys: number[], newKeys: number[], maxEditLength: number) {
  const { matches, complete } = matchIndexes(oldKeys, newKeys, maxEditLength);
  const pairs = Array.from({ length: matches.length }, (_, k) => [
    matches.oldIndex[k],
    matches.newIndex[k],
  ]);
  return { matches: pairs, complete };
}

describe("sequence", () => {
  it("matches a longest common subsequence", () => {
    const { matches, complete } = matchSequences([1, 2, 3, 4, 5], [1, 9, 3, 4, 8, 5], 100);
    expect(complete).toBe(true);
    expect(matches).toEqual([
      [0, 0],
      [2, 2],
      [3, 3],
      [4, 5],
    ]);
  });

  it("ignores keys unique to one side, so a rewrite costs little", () => {
    const oldKeys = Array.from({ length: 10_000 }, (_, i) => i);
    const newKeys = Array.from({ length: 10_000 }, (_, i) => 20_000 + i);
    newKeys[5_000] = 42;
    const { matches, complete } = matchSequences(oldKeys, newKeys, 10);
    expect(complete).toBe(true);
    expect(matches).toEqual([[42, 5_000]]);
  });

  it("reports an incomplete match past the edit cap, keeping head and tail", () => {
    const { matches, complete } = matchSequences([0, 1, 2, 3, 9], [0, 3, 2, 1, 9], 1);
    expect(complete).toBe(false);
    expect(matches).toEqual([
      [0, 0],
      [4, 4],
    ]);
  });

  it("matches shared keys correctly across calls with different key ranges", () => {
    // The marks of earlier calls (larger keys, other sides) must not leak into later ones.
    expect(matchSequences([5000, 7, 5001], [5001, 7, 5000], 10).matches).toHaveLength(1);
    expect(matchSequences([1, 2, 3], [3, 4, 1], 10).matches).toHaveLength(1);
    expect(matchSequences([1, 2], [2, 1], 10).matches).toHaveLength(1);
    expect(matchSequences([9, 8], [7, 6], 10).matches).toEqual([]);
  });

  it("interns strings to stable small integers", () => {
    const interner = new Interner();
    expect([interner.id("a"), interner.id("b"), interner.id("a")]).toEqual([0, 1, 0]);
  });
});
