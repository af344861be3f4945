import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../../src/render/markdown.ts";
import { blockPrefix, prepareVersion, preparedText } from "../../../src/redline/blocks.ts";

const blocksOf = (markdown: string) => prepareVersion(parseMarkdown(markdown)).blocks;

describe("blocks", () => {
  it("reads headings, paragraphs, nested list items, quotes, cells, code and rules", () => {
    const blocks = blocksOf(
      "# Title\n\nText *here*.\n\n- one\n  - two\n\n  more\n\n> quoted\n\n| h |\n|---|\n| c |\n\n```sh\nls\n```\n\n***",
    );
    expect(blocks.map((block) => blockPrefix(block.shape) + block.text)).toEqual([
      "# Title",
      "Text here.",
      "- one",
      "  - two",
      "  more",
      "> quoted",
      "|#0 h",
      "|0 c",
      "```sh ls",
      "---",
    ]);
  });

  it("gives spelling variants the same keys", () => {
    const a = blocksOf("* _a_ b\n  c\n\nTitle\n-----");
    const b = blocksOf("- *a* b c\n\n## Title");
    expect(a.map((block) => block.key)).toEqual(b.map((block) => block.key));
  });

  it("resolves reference links and drops comment-only HTML", () => {
    const blocks = blocksOf("<!-- x -->\n\n[a][b]\n\n[b]: https://x");
    expect(blocks).toHaveLength(1);
    expect(blocks[0]?.tokens[0]?.marks).toEqual({ href: "https://x" });
  });

  it("slugs headings like rehype-slug, duplicates numbered", () => {
    const anchors = blocksOf("## Your data\n\n## Your data\n\n## `Code` & more").map((block) =>
      block.shape.kind === "heading" ? block.shape.anchor : "",
    );
    expect(anchors).toEqual(["your-data", "your-data-1", "code--more"]);
  });

  it("renders the normalised text of a version", () => {
    expect(preparedText(prepareVersion(parseMarkdown("## A\n\n1. b\n2. c")))).toBe(
      "## A\n1. b\n1. c",
    );
  });
});
