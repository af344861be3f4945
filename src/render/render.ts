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
import { EXIT, SKIP, visit } from "unist-util-visit";
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

/** Two elements with the same `id` (or anchor `name`): a link or the search index would find only one. */
export interface DuplicateId {
  id: string;
  /** 1-based lines within the Markdown body: the first element, then the repeat. */
  lines: [number | undefined, number | undefined];
}

/** An image loaded from another site: the reader's browser would contact that host. */
export interface RemoteImage {
  line: number | undefined;
  url: string;
}

export interface RenderedVersion {
  html: string;
  headings: VersionHeading[];
  unsafe: UnsafeHtml[];
  /**
   * Raw HTML that would hide or silently change text: an element the allow-list drops or
   * unwraps (`<textarea>`, `<title>`, `<xmp>`, `<plaintext>`… swallow what follows them) or
   * an HTML comment that is never closed. Refused by validation like `unsafe`; `what` is
   * the whole sentence for the editor.
   */
  hidden: UnsafeHtml[];
  duplicateIds: DuplicateId[];
  remoteImages: RemoteImage[];
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
  // That is safe from DOM clobbering because `name` is kept on <a> alone: `document.x` is
  // shadowed only by the `name` of <img>, <form>, <embed>, <iframe> and <object> (and the
  // `id` of <object>, never allowed), so `<img name="querySelectorAll">` cannot replace the
  // method the page's scripts call. An `id` reaches only `window.x`, which the scripts
  // (ES modules) never read as a global.
  clobberPrefix: "",
  clobber: [],
  // Harmless text-level and table elements that policies converted from HTML or Word carry:
  // kept rather than refused (an element the allow-list lacks is refused, below).
  tagNames: [
    ...(defaultSchema.tagNames ?? []),
    "u",
    "small",
    "mark",
    "abbr",
    "cite",
    "dfn",
    "time",
    "wbr",
    "caption",
    "colgroup",
    "col",
    "address",
  ],
  ancestors: {
    ...defaultSchema.ancestors,
    caption: ["table"],
    colgroup: ["table"],
    col: ["table"],
  },
  attributes: {
    ...defaultSchema.attributes,
    a: [...(defaultSchema.attributes?.["a"] ?? []), "id", "name"],
    "*": [...(defaultSchema.attributes?.["*"] ?? []).filter((name) => name !== "name"), "id"],
  },
};

/** The elements the allow-list keeps; any other is dropped or unwrapped, so it is refused. */
const ALLOWED_ELEMENTS = new Set(sanitizeSchema.tagNames ?? []);

/** An HTML comment opened and never closed: the browser hides everything after it. */
const UNCLOSED_COMMENT = /<!--(?![\s\S]*-->)/;

function findUnsafeHtml(found: UnsafeHtml[], hidden: UnsafeHtml[]) {
  return (tree: HastRoot) => {
    visit(tree, "element", (element: Element) => {
      const line = element.position?.start.line;
      if (UNSAFE_ELEMENTS.has(element.tagName)) {
        found.push({ line, what: `a <${element.tagName}> element` });
      } else if (!ALLOWED_ELEMENTS.has(element.tagName)) {
        hidden.push({
          line,
          what: `<${element.tagName}> is not allowed in a policy: the page would drop it and hide or move the text in it; remove it (plain links, anchors, <details>, <br> and tables are fine)`,
        });
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

/**
 * Puts each table in a box of its own that scrolls sideways, so a wide table never
 * widens the page on a phone (WCAG 1.4.10). The box takes the keyboard focus, so it
 * can be scrolled without a mouse, and is named for screen readers.
 */
function scrollableTables() {
  return (tree: HastRoot) => {
    visit(tree, "element", (element: Element, index, parent) => {
      if (element.tagName !== "table" || !parent || index === undefined) return;
      parent.children[index] = {
        type: "element",
        tagName: "div",
        properties: {
          className: ["table-scroll"],
          role: "region",
          tabIndex: 0,
          ariaLabel: "Table",
        },
        children: [element],
      };
      return SKIP;
    });
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

/**
 * Unclosed HTML comments, found in the Markdown's raw HTML: CommonMark runs a block that
 * opens with `<!--` to the end of the document when `-->` never comes, so the rest of the
 * policy would vanish from the page and the search index.
 */
function findUnclosedComments(tree: MdastRoot, hidden: UnsafeHtml[]): void {
  visit(tree, "html", (node) => {
    const match = UNCLOSED_COMMENT.exec(node.value);
    if (!match) return;
    const start = node.position?.start.line;
    const before = node.value.slice(0, match.index).split("\n").length - 1;
    hidden.push({
      line: start === undefined ? undefined : start + before,
      what: "an HTML comment opens here (<!--) and is never closed: everything after it would vanish from the page and the search; close it with --> or remove it",
    });
  });
}

/**
 * A `<details>` opened in raw HTML and never closed folds everything after it into the
 * closed box: readers and printouts would not see the rest of the policy.
 */
function findUnclosedDetails(tree: MdastRoot, hidden: UnsafeHtml[]): void {
  const open: (number | undefined)[] = [];
  visit(tree, "html", (node) => {
    for (const match of node.value.matchAll(/<(\/?)details\b[^>]*>/gi)) {
      const start = node.position?.start.line;
      const line =
        start === undefined
          ? undefined
          : start + node.value.slice(0, match.index).split("\n").length - 1;
      if (match[1]) open.pop();
      else open.push(line);
    }
  });
  const first = open[0];
  if (open.length > 0) {
    hidden.push({
      line: first,
      what: "a <details> opens here and is never closed (no </details>): everything after it would be folded away; close it where its content ends",
    });
  }
}

/** Every `id` (and anchor `name`) an element of the body carries, with the repeats. */
function findDuplicateIds(duplicates: DuplicateId[]) {
  return (tree: HastRoot) => {
    const first = new Map<string, number | undefined>();
    visit(tree, "element", (element: Element) => {
      const line = element.position?.start.line;
      const names = new Set(
        [element.properties["id"], element.properties["name"]].filter(
          (value): value is string => typeof value === "string" && value !== "",
        ),
      );
      for (const id of names) {
        if (first.has(id)) duplicates.push({ id, lines: [first.get(id), line] });
        else first.set(id, line);
      }
    });
  };
}

function findRemoteImages(images: RemoteImage[]) {
  return (tree: HastRoot) => {
    visit(tree, "element", (element: Element) => {
      const src = element.properties["src"];
      if (element.tagName === "img" && typeof src === "string" && isRemote(src)) {
        images.push({ line: element.position?.start.line, url: src });
      }
    });
  };
}

/** An address on another host: absolute (`https://…`) or protocol-relative (`//host/…`). */
function isRemote(url: string): boolean {
  // Browsers read a backslash as a slash and skip leading spaces and controls.
  // eslint-disable-next-line no-control-regex -- stripping them is the point
  const normalized = url.replace(/^[\u0000-\u0020]+/, "").replace(/\\/g, "/");
  return /^[a-z][a-z0-9+.-]*:/i.test(normalized) || normalized.startsWith("//");
}

/** Renders a parsed version body. Pure: the same tree always gives the same HTML. */
export function renderVersion(tree: MdastRoot): RenderedVersion {
  const unsafe: UnsafeHtml[] = [];
  const hidden: UnsafeHtml[] = [];
  const duplicateIds: DuplicateId[] = [];
  const remoteImages: RemoteImage[] = [];
  const headings: VersionHeading[] = [];
  findUnclosedComments(tree, hidden);
  findUnclosedDetails(tree, hidden);
  const processor = unified()
    .use(remarkRehype, { allowDangerousHtml: true })
    // Re-parsing the page through an HTML parser is the costliest step of rendering, and
    // only raw HTML needs it.
    .use(hasRawHtml(tree) ? [rehypeRaw] : [])
    .use(() => findUnsafeHtml(unsafe, hidden))
    .use(rehypeSanitize, sanitizeSchema)
    .use(normalizeHeadingLevels)
    .use(rehypeSlug)
    .use(scrollableTables)
    .use(() => collectHeadings(headings))
    .use(() => findDuplicateIds(duplicateIds))
    .use(() => findRemoteImages(remoteImages))
    .use(rehypeStringify);
  const hast = processor.runSync(structuredClone(tree));
  const html = processor.stringify(hast);
  return { html, headings, unsafe, hidden, duplicateIds, remoteImages };
}
