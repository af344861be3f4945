import { describe, expect, it } from "vitest";
import { blockLabel, formatBlock } from "../../../src/redline/format.ts";

const at = { listDepth: 0, quoteDepth: 0 };

describe("format", () => {
  it("labels blocks by kind and container", () => {
    expect(blockLabel({ ...at, kind: "heading", depth: 3, anchor: "x" })).toBe("###");
    expect(
      blockLabel({
        listDepth: 2,
        quoteDepth: 1,
        kind: "list-item",
        ordered: true,
        checked: null,
        number: 3,
      }),
    ).toBe(">   3.");
    expect(blockLabel({ ...at, kind: "table-cell", row: 0, column: 1, header: true })).toBe("|th");
  });

  it("writes changed runs jsdiff-style with marks", () => {
    const side = { ...at, kind: "paragraph" as const, index: 0 };
    expect(
      formatBlock({
        status: "changed",
        kind: "paragraph",
        old: side,
        new: side,
        runs: [
          { op: "kept", text: "See" },
          { op: "removed", text: " old", href: "a" },
          { op: "added", text: " new", strong: true },
          { op: "kept", text: "." },
        ],
      }),
    ).toBe("~ ¶ See [-[old](a)-] {+**new**+}.");
  });
});
