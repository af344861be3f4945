import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../../src/render/markdown.ts";
import { alignBlocks, defaultAlignOptions } from "../../../src/redline/align.ts";
import { prepareVersion } from "../../../src/redline/blocks.ts";

const align = (a: string, b: string, options = defaultAlignOptions) =>
  alignBlocks(
    prepareVersion(parseMarkdown(a)).blocks,
    prepareVersion(parseMarkdown(b)).blocks,
    options,
  );

describe("align", () => {
  it("keeps identical blocks and pairs similar ones", () => {
    expect(align("A b c.\n\nOne two three four.", "A b c.\n\nOne two three five.").steps).toEqual([
      { op: "kept", old: 0, new: 0 },
      { op: "paired", old: 1, new: 1 },
    ]);
  });

  it("leaves dissimilar blocks whole, removed before added", () => {
    expect(align("Alpha beta gamma.", "Delta epsilon zeta.").steps).toEqual([
      { op: "removed", old: 0 },
      { op: "added", new: 0 },
    ]);
  });

  it("pairs in order, skipping an inserted block", () => {
    const steps = align(
      "One two three four.\n\nFive six seven eight.",
      "One two three four!\n\nBrand new block.\n\nFive six seven nine.",
    ).steps;
    expect(steps).toEqual([
      { op: "paired", old: 0, new: 0 },
      { op: "added", new: 1 },
      { op: "paired", old: 1, new: 2 },
    ]);
  });

  it("pairs prose blocks of any shape, never prose with other kinds", () => {
    expect(align("# One two", "One two!").steps.map((step) => step.op)).toEqual(["paired"]);
    expect(align("One two", "- One two!").steps.map((step) => step.op)).toEqual(["paired"]);
    expect(align("One two", "```\nOne two!\n```").steps.map((step) => step.op)).toEqual([
      "removed",
      "added",
    ]);
  });

  it("uses the bounded greedy pairing for huge hunks", () => {
    const a = Array.from({ length: 30 }, (_, i) => `Old ${i} words here.`).join("\n\n");
    const b = Array.from({ length: 30 }, (_, i) => `New ${i} words here.`).join("\n\n");
    const steps = align(a, b, { ...defaultAlignOptions, maxPairCells: 10 }).steps;
    expect(steps.filter((step) => step.op === "paired")).toHaveLength(30);
  });
});
