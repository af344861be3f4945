/**
 * Markdown → syntax tree, once per version.
 *
 * Every version is parsed exactly once, while its file is read (src/content/), and
 * everything else derives from that one tree there: the HTML the pages show and the
 * blocks the redlines compare (packed on the version's record). Nothing downstream parses
 * Markdown again, so a version's HTML and its redline can never disagree about what the
 * Markdown says, and no tree is kept once the record is made.
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
