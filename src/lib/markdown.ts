/**
 * Markdown → syntax tree → HTML, once per version.
 *
 * Every version is parsed exactly once into an mdast tree; the page renderer and the
 * redline engine both start from that tree, so a version's HTML and its redline can
 * never disagree about what the Markdown says.
 */
import type { Root as MdastRoot } from "mdast";
import type { Root as HastRoot } from "hast";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkGfm from "remark-gfm";

const parser = unified().use(remarkParse).use(remarkGfm);

/** Parses a version's Markdown body (front matter already removed) into mdast, with positions. */
export function parseMarkdown(body: string): MdastRoot {
  return parser.parse(body);
}

export type { MdastRoot, HastRoot };
