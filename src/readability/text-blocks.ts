/**
 * The prose of a version as readability counts it: one string per paragraph, heading and
 * table cell of its Markdown tree, without markup. Code blocks and raw HTML are not prose.
 */
import type { Root } from "mdast";
import { toString } from "mdast-util-to-string";
import { SKIP, visit } from "unist-util-visit";

const BLOCKS = new Set(["paragraph", "heading", "tableCell"]);

export function textBlocks(tree: Root): string[] {
  const blocks: string[] = [];
  visit(tree, (node) => {
    if (node.type === "code" || node.type === "html") return SKIP;
    if (!BLOCKS.has(node.type)) return undefined;
    const text = toString(node, { includeHtml: false }).trim();
    if (text) blocks.push(text);
    return SKIP;
  });
  return blocks;
}
