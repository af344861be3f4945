/**
 * Markdown → syntax tree, once per version.
 *
 * Every version is parsed exactly once into an mdast tree; the page renderer and the
 * redline engine both start from that tree, so a version's HTML and its redline can
 * never disagree about what the Markdown says. A build parses while validating and asks
 * again when it renders changes pages (through Vite, which loads this module a second
 * time), so parsed trees are kept per process on `globalThis`, keyed by the body text.
 * Trees handed out are shared: callers must not change them.
 */
import type { Root as MdastRoot } from "mdast";
import type { Root as HastRoot } from "hast";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkGfm from "remark-gfm";

const parser = unified().use(remarkParse).use(remarkGfm);

const CACHE_KEY = Symbol.for("redline.parsed-markdown");
/** Enough for every version of a large site in one build; a long-running dev server stays bounded. */
const CACHE_LIMIT = 1000;

function cache(): Map<string, MdastRoot> {
  const store = globalThis as { [CACHE_KEY]?: Map<string, MdastRoot> };
  store[CACHE_KEY] ??= new Map();
  return store[CACHE_KEY];
}

/** Parses a version's Markdown body (front matter already removed) into mdast, with positions. */
export function parseMarkdown(body: string): MdastRoot {
  const parsed = cache();
  let tree = parsed.get(body);
  if (!tree) {
    tree = parser.parse(body);
    if (parsed.size >= CACHE_LIMIT) parsed.delete(parsed.keys().next().value as string);
    parsed.set(body, tree);
  }
  return tree;
}

export type { MdastRoot, HastRoot };
