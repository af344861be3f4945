import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../src/render/markdown.ts";

describe("parsing a version's Markdown", () => {
  it("gives an mdast tree with GitHub-flavoured tables and positions", () => {
    const tree = parseMarkdown("## Data\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");
    expect(tree.children.map((node) => node.type)).toEqual(["heading", "table"]);
    expect(tree.children[1]?.position?.start.line).toBe(3);
  });
});
