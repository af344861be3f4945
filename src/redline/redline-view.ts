/**
 * How a redline is laid out on a page, as plain data: the changes page's Astro components
 * and the compare page's script both render from this, so the two look the same and the
 * layout rules are tested once. Pure: no DOM, no Astro.
 *
 * Nothing here produces markup; renderers put text into the page as text (Astro
 * expressions, DOM textContent), never as HTML.
 */
import type { BlockSide, Redline, RedlineBlock, Run, RunOp } from "./index.ts";
// The one module, not the folder's face: the compare page's browser bundle imports this file.
import { isScriptUrl } from "../render/script-url.ts";

/** A run as a renderer puts it on the page. */
export interface ViewRun {
  /** Whitespace before the run, put outside its link or styling so underlines start at the word. */
  lead: string;
  text: string;
  /** A safe link target, or undefined (no link). */
  href: string | undefined;
  /** CSS classes for the run's inline marks; "" for plain text. */
  className: string;
}

/**
 * Consecutive runs with the same operation: one `<del>`, `<ins>` or plain stretch. A
 * change's leading whitespace is moved before it (`lead`), so "within ~~a reasonable
 * period~~ 30 days" marks the words, not the spaces between them.
 */
export interface RunGroup {
  op: RunOp;
  lead: string;
  runs: ViewRun[];
}

export type BlockTag = "p" | "h3" | "h4" | "h5" | "h6" | "pre" | "hr" | "div";

/** One block as one view shows it. */
export interface ViewBlock {
  status: RedlineBlock["status"];
  tag: BlockTag;
  /** CSS classes: kind, status, nesting. */
  className: string;
  /** Id for headings, so the summary can link to them. */
  id: string | undefined;
  groups: RunGroup[];
}

/** A row of the side-by-side view: the old block and the new block (either may be missing). */
export interface SideBySideRow {
  status: RedlineBlock["status"];
  old: ViewBlock | undefined;
  new: ViewBlock | undefined;
}

const LEADING_SPACE = /^\s*/;

function viewRun(run: Run): ViewRun {
  const text = runText(run);
  const lead = LEADING_SPACE.exec(text)?.[0] ?? "";
  return {
    lead,
    text: text.slice(lead.length),
    href: safeHref(run.href),
    className: markClasses(run),
  };
}

export function groupRuns(runs: readonly Run[], hide?: RunOp): RunGroup[] {
  const groups: RunGroup[] = [];
  let open: RunGroup | undefined;
  for (const run of runs) {
    if (run.op === hide) continue;
    const view = viewRun(run);
    if (open && open.op === run.op) {
      open.runs.push(view);
    } else {
      open = { op: run.op, lead: "", runs: [view] };
      if (run.op !== "kept") {
        open.lead = view.lead;
        view.lead = "";
      }
      groups.push(open);
    }
  }
  return groups;
}

/** The generated "What changed" summary, as both renderers show it. */
export interface SummaryView {
  /** "12 words added, 3 words removed." and, for a degraded redline, why whole passages show. */
  wordCounts: string;
  /** The sections added, removed and changed; only lists that have any. */
  lists: {
    label: string;
    key: "added" | "removed" | "changed";
    sections: { title: string; href: string | undefined }[];
  }[];
  /** True when no section heading was added, removed or changed. */
  noHeadingChanges: boolean;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

export function summaryView(redline: Redline): SummaryView {
  const { stats } = redline;
  const lists = (
    [
      { label: "Sections added", key: "added", side: "new", sections: stats.sections.added },
      { label: "Sections removed", key: "removed", side: "old", sections: stats.sections.removed },
      { label: "Sections changed", key: "changed", side: "new", sections: stats.sections.changed },
    ] as const
  )
    .filter((list) => list.sections.length > 0)
    .map((list) => ({
      label: list.label,
      key: list.key,
      sections: list.sections.map((section) => ({
        title: section.title,
        href: section.anchor ? `#${redlineAnchor(list.side, section.anchor)}` : undefined,
      })),
    }));
  return {
    wordCounts:
      `${plural(stats.wordsAdded, "word")} added, ${plural(stats.wordsRemoved, "word")} removed.` +
      (redline.degraded
        ? " Some passages changed too much to compare word by word; they are shown removed and added whole."
        : ""),
    lists,
    noHeadingChanges: lists.length === 0,
  };
}

/** Anchor ids in the redline, prefixed so the old and new sides never clash with each other or the page. */
export function redlineAnchor(side: "old" | "new", anchor: string, view = ""): string {
  return `${view}${side}-${anchor}`;
}

function tagFor(side: BlockSide, headingLevel: number | undefined): BlockTag {
  switch (side.kind) {
    case "heading":
      return headingLevel ? (`h${headingLevel}` as BlockTag) : "p";
    case "code":
    case "html":
      return "pre";
    case "rule":
      return "hr";
    case "list-item":
    case "table-cell":
      return "div";
    default:
      return "p";
  }
}

function classFor(side: BlockSide, status: RedlineBlock["status"]): string {
  const classes = ["rl-block", `rl-${side.kind}`, `rl-${status}`];
  if (side.kind === "heading") classes.push(`rl-heading-${side.depth}`);
  if (side.kind === "list-item") classes.push(side.ordered ? "rl-ordered" : "rl-bullet");
  if (side.kind === "table-cell" && side.header) classes.push("rl-header-cell");
  if (side.listDepth > 0) classes.push(`rl-list-${Math.min(side.listDepth, 6)}`);
  if (side.quoteDepth > 0) classes.push("rl-quote");
  return classes.join(" ");
}

function viewBlock(
  block: RedlineBlock,
  side: BlockSide,
  which: "old" | "new",
  options: { hide?: RunOp; headingLevel?: number; idPrefix: string },
): ViewBlock {
  return {
    status: block.status,
    tag: tagFor(side, options.headingLevel),
    className: classFor(side, block.status),
    id:
      side.kind === "heading" && side.anchor
        ? redlineAnchor(which, side.anchor, options.idPrefix)
        : undefined,
    groups: groupRuns(block.runs, options.hide),
  };
}

/** The inline view: one block per redline block, removed and added words interleaved. */
export function inlineView(redline: Redline): ViewBlock[] {
  // The page has its own h1 and an h2 above the redline: policy headings start at h3, keep
  // their relative order, and never skip a level (policies often go from # to ###).
  const depths = [
    ...new Set(
      redline.blocks.flatMap((block) => {
        const side = block.new ?? block.old;
        return side?.kind === "heading" ? [side.depth] : [];
      }),
    ),
  ].sort();
  let previousLevel = 2;
  return redline.blocks.flatMap((block) => {
    const side = block.new ?? block.old;
    if (!side) return [];
    let headingLevel: number | undefined;
    if (side.kind === "heading") {
      headingLevel = Math.min(6, 3 + depths.indexOf(side.depth), previousLevel + 1);
      previousLevel = headingLevel;
    }
    return [
      viewBlock(block, side, block.new ? "new" : "old", {
        ...(headingLevel ? { headingLevel } : {}),
        idPrefix: "",
      }),
    ];
  });
}

/** The side-by-side view: each row the old block (without added words) beside the new one (without removed words). */
export function sideBySideView(redline: Redline): SideBySideRow[] {
  const options = { idPrefix: "sbs-" };
  return redline.blocks.map((block) => ({
    status: block.status,
    old: block.old && viewBlock(block, block.old, "old", { ...options, hide: "added" }),
    new: block.new && viewBlock(block, block.new, "new", { ...options, hide: "removed" }),
  }));
}

/**
 * A link target from the policy text that is safe to put in an href: anything but a
 * script URL (isScriptUrl, the rule validation applies), which is shown as text.
 */
export function safeHref(href: string | undefined): string | undefined {
  if (href === undefined) return undefined;
  // What a browser's URL parser does first: it drops tabs and newlines anywhere and
  // control characters and spaces at either end, so "java\tscript:" would still run.
  const url = href
    .replace(/[\t\n\r]/g, "")
    // eslint-disable-next-line no-control-regex -- stripping them is the point
    .replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, "");
  return isScriptUrl(url) ? undefined : url;
}

/** The words screen readers hear before a deletion or insertion. */
export const changeLabels = { removed: "deleted: ", added: "inserted: " } as const;

/** CSS classes for a run's inline marks. */
export function markClasses(run: Run): string {
  const classes: string[] = [];
  if (run.strong) classes.push("rl-strong");
  if (run.emphasis) classes.push("rl-em");
  if (run.strike) classes.push("rl-strike");
  if (run.code) classes.push("rl-code");
  if (run.html) classes.push("rl-raw");
  if (run.image !== undefined) classes.push("rl-image");
  return classes.join(" ");
}

/** The text a run shows: an image's alt text is labelled as an image; a raw `<br>` is a space. */
export function runText(run: Run): string {
  if (run.image !== undefined) {
    const lead = LEADING_SPACE.exec(run.text)?.[0] ?? "";
    return `${lead}[image: ${run.text.trim()}]`;
  }
  if (run.html && /^\s*<br>\s*$/.test(run.text)) return " ";
  return run.text;
}
