/**
 * A version's Markdown tree → safe HTML, its headings, and the raw HTML it had to refuse.
 *
 * Real policies carry some raw HTML (`<a name>` anchors, `<details>`, `<br>`, tables), so
 * raw HTML is parsed and then sanitized with an allow-list. Anything that could run script
 * is also reported with its line, so that validation refuses the file instead of
 * publishing a silently altered legal text.
 */
import type { Element, Root as HastRoot } from "hast";
import type { Root as MdastRoot } from "mdast";
import { unified } from "unified";
import remarkRehype from "remark-rehype";
import rehypeRaw from "rehype-raw";
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from "rehype-sanitize";
import rehypeSlug from "rehype-slug";
import rehypeStringify from "rehype-stringify";
import { headingRank } from "hast-util-heading-rank";
import { toString as hastToString } from "hast-util-to-string";
import { EXIT, visit } from "unist-util-visit";
import { isScriptUrl } from "./script-url.ts";

/** A heading of the rendered version, for the table of contents and deep links. */
export interface VersionHeading {
  /** Rendered level, 2–6: the body's top level becomes 2 under the page's own `<h1>`. */
  depth: number;
  text: string;
  /** The stable anchor (`id`): the same heading text gives the same anchor in every version. */
  slug: string;
}

/** Raw HTML that could run script: refused by validation. */
export interface UnsafeHtml {
  /** 1-based line within the Markdown body. */
  line: number | undefined;
  what: string;
}

export interface RenderedVersion {
  html: string;
  headings: VersionHeading[];
  unsafe: UnsafeHtml[];
}

/** Elements that load or run code, or change where the page's links and forms go. */
const UNSAFE_ELEMENTS = new Set([
  "script",
  "iframe",
  "frame",
  "frameset",
  "object",
  "embed",
  "applet",
  "base",
  "meta",
  "link",
  "style",
  "form",
  "svg",
  "math",
  "template",
]);
const URL_ATTRIBUTES = ["href", "src", "action", "formAction", "xLinkHref", "data", "poster"];

const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  // Anchors keep the ids and names editors wrote: they are cited as links in correspondence.
  clobberPrefix: "",
  clobber: [],
  attributes: {
    ...defaultSchema.attributes,
    a: [...(defaultSchema.attributes?.["a"] ?? []), "id", "name"],
    "*": [...(defaultSchema.attributes?.["*"] ?? []), "id"],
  },
};

function findUnsafeHtml(found: UnsafeHtml[]) {
  return (tree: HastRoot) => {
    visit(tree, "element", (element: Element) => {
      const line = element.position?.start.line;
      if (UNSAFE_ELEMENTS.has(element.tagName)) {
        found.push({ line, what: `a <${element.tagName}> element` });
      }
      for (const [name, value] of Object.entries(element.properties)) {
        if (/^on/i.test(name)) {
          found.push({ line, what: `an event-handler attribute (${name.toLowerCase()})` });
        }
        if (URL_ATTRIBUTES.includes(name) && typeof value === "string") {
          if (isScriptUrl(value)) {
            found.push({ line, what: `a script URL (${value.slice(0, 40)})` });
          }
        }
      }
    });
  };
}

/** Renumbers heading levels so the body's top level is `<h2>` and no level is skipped. */
function normalizeHeadingLevels() {
  return (tree: HastRoot) => {
    const headings: Element[] = [];
    visit(tree, "element", (element: Element) => {
      if (headingRank(element)) headings.push(element);
    });
    const levels = [...new Set(headings.map((h) => headingRank(h) ?? 6))].sort((a, b) => a - b);
    for (const heading of headings) {
      const level = Math.min(6, 2 + levels.indexOf(headingRank(heading) ?? 6));
      heading.tagName = `h${level}`;
    }
  };
}

function collectHeadings(headings: VersionHeading[]) {
  return (tree: HastRoot) => {
    visit(tree, "element", (element: Element) => {
      const depth = headingRank(element);
      const id = element.properties["id"];
      if (depth && typeof id === "string") {
        headings.push({ depth, text: hastToString(element).trim(), slug: id });
      }
    });
  };
}

function hasRawHtml(tree: MdastRoot): boolean {
  let found = false;
  visit(tree, "html", () => {
    found = true;
    return EXIT;
  });
  return found;
}

/** Renders a parsed version body. Pure: the same tree always gives the same HTML. */
export function renderVersion(tree: MdastRoot): RenderedVersion {
  const unsafe: UnsafeHtml[] = [];
  const headings: VersionHeading[] = [];
  const processor = unified()
    .use(remarkRehype, { allowDangerousHtml: true })
    // Re-parsing the page through an HTML parser is the costliest step of rendering, and
    // only raw HTML needs it.
    .use(hasRawHtml(tree) ? [rehypeRaw] : [])
    .use(() => findUnsafeHtml(unsafe))
    .use(rehypeSanitize, sanitizeSchema)
    .use(normalizeHeadingLevels)
    .use(rehypeSlug)
    .use(() => collectHeadings(headings))
    .use(rehypeStringify);
  const hast = processor.runSync(structuredClone(tree));
  const html = processor.stringify(hast);
  return { html, headings, unsafe };
}
