import { describe, expect, it } from "vitest";
import { Interner, matchSequences } from "../../../src/lib/redline/sequence.ts";

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

  it("interns strings to stable small integers", () => {
    const interner = new Interner();
    expect([interner.id("a"), interner.id("b"), interner.id("a")]).toEqual([0, 1, 0]);
  });
});
