import { describe, expect, it } from "vitest";
import type { RedlineBlock } from "../../../src/redline/model.ts";
import { redlineStats } from "../../../src/redline/stats.ts";

const at = { listDepth: 0, quoteDepth: 0 };
const heading = (status: RedlineBlock["status"], title: string): RedlineBlock => ({
  status,
  kind: "heading",
  ...(status !== "added" && {
    old: { ...at, kind: "heading", depth: 2, anchor: title.toLowerCase(), index: 0 },
  }),
  ...(status !== "removed" && {
    new: { ...at, kind: "heading", depth: 2, anchor: title.toLowerCase(), index: 0 },
  }),
  runs: [
    { op: status === "added" ? "added" : status === "removed" ? "removed" : "kept", text: title },
  ],
});
const paragraph = (status: RedlineBlock["status"]): RedlineBlock => ({
  status,
  kind: "paragraph",
  old: { ...at, kind: "paragraph", index: 0 },
  new: { ...at, kind: "paragraph", index: 0 },
  runs: [{ op: "kept", text: "x" }],
});

describe("stats", () => {
  it("lists sections added, removed and changed, each once", () => {
    const stats = redlineStats(
      [
        heading("kept", "Same"),
        paragraph("kept"),
        heading("kept", "Edited"),
        paragraph("changed"),
        paragraph("changed"),
        heading("added", "New"),
        paragraph("added"),
        heading("removed", "Old"),
      ],
      { added: 3, removed: 1, punctuationAdded: 2, punctuationRemoved: 0 },
    );
    expect(stats).toEqual({
      wordsAdded: 3,
      wordsRemoved: 1,
      punctuationAdded: 2,
      punctuationRemoved: 0,
      linksChanged: 0,
      formattingChanged: 0,
      moved: 0,
      textChange: "wording",
      blocks: { kept: 3, added: 2, removed: 1, changed: 2, moved: 0 },
      sections: {
        added: [{ title: "New", anchor: "new", depth: 2 }],
        removed: [{ title: "Old", anchor: "old", depth: 2 }],
        changed: [{ title: "Edited", anchor: "edited", depth: 2 }],
      },
    });
  });
});
