import { describe, expect, it } from "vitest";
import { formatDuration, stage } from "../../src/build/stages.ts";

describe("stages of long work", () => {
  it("say what they are doing, then that they finished and how long it took", async () => {
    const lines: string[] = [];
    const result = await stage(
      "Indexing",
      async () => 42,
      (line) => lines.push(line),
    );
    expect(result).toBe(42);
    expect(lines[0]).toBe("▸ Indexing…");
    expect(lines[1]).toMatch(/^✓ Indexing \(\d+ ms\)$/);
  });

  it("print durations readably", () => {
    expect(formatDuration(840.4)).toBe("840 ms");
    expect(formatDuration(2412)).toBe("2.41 s");
  });
});
