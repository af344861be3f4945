/**
 * How a redline is laid out on a page, as plain data: the changes page and the compare
 * page's script both render from this, so the two look the same and the layout rules are
 * tested once. Pure: no DOM, no Astro.
 *
 * The redline views are hast trees (the element trees rehype uses): the changes page
 * serialises them with hast-util-to-html, which escapes every text and attribute, and the
 * compare page builds DOM from them with textContent only. Policy text is only ever a
 * text node, never markup.
 *
 * Layout rules, for both views:
 * - Changed blocks are shown with CONTEXT unchanged blocks either side; longer runs of
 *   unchanged blocks are collapsed ("17 unchanged paragraphs"). In the inline view a
 *   collapsed run is a <details> holding the text (it opens without JavaScript), so the
 *   inline view always holds both versions' full text; side by side it is one row that
 *   links to it.
 * - Each change (a run of consecutive changed blocks) has an id and links to the previous
 *   and next change.
 * - Any text that is not policy text (labels, notes, links between moves) sits in an
 *   element marked data-redline-ui.
 */
import type { Element, ElementContent, Properties } from "hast";
import { formatKey, renumbered } from "./index.ts";
import type { BlockSide, Redline, RedlineBlock, Run, RunOp } from "./index.ts";
// The one module, not the folder's face: the compare page's browser bundle imports this file.
// The leaf module, not the render face: this view is bundled for the compare page, and
// the face would bring the Markdown parser into readers' browsers.
import { isScriptUrl } from "../render/script-url.ts";
// The leaf module, not the i18n face: the words only, no dates or language tables.
import {
  counted,
  ENGLISH_REDLINE,
  fill,
  splitTemplate,
  type RedlineWords,
} from "../i18n/strings.ts";

/** A run as a renderer puts it on the page. */
export interface ViewRun {
  /** Whitespace before the run, put outside its link or styling so underlines start at the word. */
  lead: string;
  text: string;
  /** A safe link target, or undefined (no link). */
  href: string | undefined;
  /** CSS classes for the run's inline marks; "" for plain text. */
  className: string;
  /** For kept words whose link changed: the old and the new target (either may be absent). */
  link?: { from: string | undefined; to: string | undefined };
  /** For kept words whose formatting (emphasis, code…) changed. */
  formatChanged?: boolean;
  /**
   * Part of an image's alt text. An alt text is compared word by word, so one image can be
   * several runs: the "[image: " label opens before its first run and "]" closes after its
   * last, both marked as the page's text, not the policy's.
   */
  image?: { opens: boolean; closes: boolean };
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

const LEADING_SPACE = /^\s*/;

/** A run as one side shows it: the old side shows a kept word's old marks, and no notes. */
function viewRun(shown: Run, hide: RunOp | undefined): ViewRun {
  const run =
    hide === "added" && shown.was ? { ...shown.was, op: shown.op, text: shown.text } : shown;
  // An image's label is the page's, not the policy's: the view keeps the alt text alone
  // and runNodes puts the label around it, marked data-redline-ui.
  const text = run.image === undefined ? runText(run) : run.text.trimEnd();
  const lead = LEADING_SPACE.exec(text)?.[0] ?? "";
  const view: ViewRun = {
    lead,
    text: text.slice(lead.length),
    href: safeHref(run.href),
    className: markClasses(run),
  };
  if (run.image !== undefined) view.image = { opens: true, closes: true };
  if (run.was) {
    if (run.was.href !== run.href) view.link = { from: run.was.href, to: run.href };
    if (formatKey(run.was) !== formatKey(run)) view.formatChanged = true;
  }
  return view;
}

/**
 * Runs grouped by operation, without `hide`. A change that is only whitespace (a space
 * removed or added between kept words) is never an empty `<del>`/`<ins>`: an added
 * space shows as plain space, a removed one is left out of the inline view.
 */
export function groupRuns(runs: readonly Run[], hide?: RunOp): RunGroup[] {
  const groups: RunGroup[] = [];
  let open: RunGroup | undefined;
  let previous: { view: ViewRun; image: string | undefined } | undefined;
  // The last kept run whose link changed, while the runs after it are still inside a link:
  // a link whose words were edited is several runs, and its note is said once, at its end.
  let linkNoted: ViewRun | undefined;
  for (const run of runs) {
    if (run.op === hide) continue;
    const view = viewRun(run, hide);
    if (run.href === undefined) linkNoted = undefined;
    else if (view.link) {
      if (linkNoted?.link && sameLink(linkNoted.link, view.link)) delete linkNoted.link;
      linkNoted = view;
    }
    if (view.image && previous?.view.image && previous.image === run.image) {
      // The same image goes on: one label around all of its words.
      previous.view.image.closes = false;
      view.image.opens = false;
    }
    previous = { view, image: run.image };
    let op = run.op;
    if (op !== "kept" && view.text === "" && !view.image) {
      if (op === "removed" && hide === undefined) continue;
      op = "kept";
    }
    if (open && open.op === op) {
      open.runs.push(view);
    } else {
      open = { op, lead: "", runs: [view] };
      if (op !== "kept") {
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
  /** The kind of change (data-text-change) and a sentence saying it. */
  textChange: { value: Redline["stats"]["textChange"]; sentence: string };
  /** "12 words added, 3 words removed." and the other counts that are not zero. */
  wordCounts: string;
  /** The sections added, removed and whose wording changed; only lists that have any. */
  lists: {
    label: string;
    key: "added" | "removed" | "changed";
    sections: { title: string; href: string | undefined }[];
  }[];
  /** True when no section heading was added, removed or changed. */
  noHeadingChanges: boolean;
  /** The first change in the inline view, or undefined when nothing shows as changed. */
  firstChange: string | undefined;
}

/** A counted string of `words` ("{count} word|{count} words") for `count`. */
const plural = (words: RedlineWords, template: string, count: number) =>
  counted(template, count, words.tag);

/**
 * Says a redline's kind of change in words, as the changes page and the compare page show
 * it. Present tense, comparing the two texts: the same sentence is true of an upcoming
 * version, of a past one and of any two versions compared.
 */
export function textChangeSentence(
  stats: Redline["stats"],
  words: RedlineWords = ENGLISH_REDLINE,
): string {
  const t = words.strings;
  switch (stats.textChange) {
    case "none":
      return t.redline_same_text;
    case "formatting":
      return t.redline_only_formatting;
    case "links":
      return fill(t.redline_only_links, {
        links: plural(words, t.redline_links, stats.linksChanged),
      });
    case "wording":
      return t.redline_wording;
  }
}

export function summaryView(
  redline: Redline,
  options: { idPrefix?: string; words?: RedlineWords } = {},
): SummaryView {
  const { stats } = redline;
  const words = options.words ?? ENGLISH_REDLINE;
  const t = words.strings;
  const lists = (
    [
      {
        label: t.redline_sections_added,
        key: "added",
        side: "new",
        sections: stats.sections.added,
      },
      {
        label: t.redline_sections_removed,
        key: "removed",
        side: "old",
        sections: stats.sections.removed,
      },
      {
        label: t.redline_sections_changed,
        key: "changed",
        side: "new",
        sections: stats.sections.changed,
      },
    ] as const
  )
    .filter((list) => list.sections.length > 0)
    .map((list) => ({
      label: list.label,
      key: list.key,
      sections: list.sections.map((section) => ({
        title: section.title,
        href: section.anchor
          ? `#${redlineAnchor(list.side, section.anchor, options.idPrefix)}`
          : undefined,
      })),
    }));
  const extra = [
    stats.punctuationAdded + stats.punctuationRemoved > 0 &&
      fill(t.redline_punctuation, {
        added: stats.punctuationAdded,
        removed: stats.punctuationRemoved,
      }),
    stats.linksChanged > 0 && plural(words, t.redline_links_changed, stats.linksChanged),
    stats.formattingChanged > 0 &&
      plural(words, t.redline_formatting_changes, stats.formattingChanged),
    stats.moved > 0 && plural(words, t.redline_passages_moved, stats.moved),
  ].filter((part): part is string => typeof part === "string");
  const changed = redline.blocks.some((block) => isChanged(block));
  return {
    textChange: { value: stats.textChange, sentence: textChangeSentence(stats, words) },
    wordCounts:
      fill(t.redline_word_counts, {
        added: plural(words, t.redline_words, stats.wordsAdded),
        removed: plural(words, t.redline_words, stats.wordsRemoved),
      }) +
      (extra.length > 0 ? `; ${extra.join("; ")}.` : ".") +
      (redline.degraded ? ` ${t.redline_degraded}` : ""),
    lists,
    noHeadingChanges: lists.length === 0,
    firstChange: changed ? `#${options.idPrefix ?? ""}change-1` : undefined,
  };
}

/** Anchor ids in the redline, prefixed so the old and new sides never clash with each other or the page. */
export function redlineAnchor(side: "old" | "new", anchor: string, view = ""): string {
  return `${view}${side}-${anchor}`;
}

/** How many unchanged blocks are shown either side of a change. */
export const CONTEXT = 1;

export interface RedlineViewOptions {
  /** The new version's page: in-page links (#anchor) to a heading this page lacks go there. */
  versionHref: string;
  /** Prefix for every id, so that two views of one redline on a page never clash. */
  idPrefix?: string;
  /** The labels' language (English when not given). */
  words?: RedlineWords;
}

type Child = ElementContent;

function h(tag: string, properties: Properties = {}, children: (Child | string)[] = []): Element {
  return {
    type: "element",
    tagName: tag,
    properties,
    children: children.flatMap((child): Child[] =>
      typeof child === "string" ? (child === "" ? [] : [{ type: "text", value: child }]) : [child],
    ),
  };
}

/** Non-policy text: labels, notes and links the redline adds. */
const ui = (tag: string, properties: Properties, children: (Child | string)[]) =>
  h(tag, { ...properties, dataRedlineUi: "" }, children);

const hidden = (text: string) => h("span", { className: ["visually-hidden"] }, [text]);

/** True when a block shows as a change (a kept list item that was renumbered too). */
function isChanged(block: RedlineBlock): boolean {
  return block.status !== "kept" || renumbered(block);
}

/** Where in-page links of the policy text lead on this page. */
class Links {
  readonly #new = new Set<string>();
  readonly #old = new Set<string>();
  readonly #options: RedlineViewOptions;

  constructor(redline: Redline, options: RedlineViewOptions) {
    this.#options = options;
    for (const block of redline.blocks) {
      if (block.new?.kind === "heading") this.#new.add(block.new.anchor);
      else if (block.old?.kind === "heading") this.#old.add(block.old.anchor);
    }
  }

  /** The labels' language. */
  get words(): RedlineWords {
    return this.#options.words ?? ENGLISH_REDLINE;
  }

  /** A policy link's target on this page: its heading here, else the version page. */
  resolve(href: string | undefined): string | undefined {
    if (href === undefined || !href.startsWith("#")) return href;
    let anchor = href.slice(1);
    try {
      anchor = decodeURIComponent(anchor);
    } catch {
      // A malformed escape is an anchor no heading has: it goes to the version page.
    }
    const prefix = this.#options.idPrefix ?? "";
    if (this.#new.has(anchor)) return `#${redlineAnchor("new", anchor, prefix)}`;
    if (this.#old.has(anchor)) return `#${redlineAnchor("old", anchor, prefix)}`;
    return `${this.#options.versionHref}${href}`;
  }
}

function runNodes(run: ViewRun, links: Links): Child[] {
  const t = links.words.strings;
  const href = links.resolve(run.href);
  const className = run.className ? run.className.split(" ") : [];
  const content: (Child | string)[] = [
    ...(run.image?.opens ? [ui("span", {}, [t.redline_image_open])] : []),
    run.text,
    ...(run.image?.closes ? [ui("span", {}, [t.redline_image_close])] : []),
  ];
  // An image always has its rl-image class, so its label is always inside an element.
  let text: Element | string = run.text;
  if (href)
    text = h("a", { href, className: className.length > 0 ? className : undefined }, content);
  else if (className.length > 0) text = h("span", { className }, content);
  const nodes: (Child | string)[] = [run.lead];
  if (run.formatChanged) {
    nodes.push(
      h("span", { className: ["rl-format-changed"] }, [
        ui("span", { className: ["visually-hidden"] }, [t.redline_formatting_changed]),
        text,
      ]),
    );
  } else nodes.push(text);
  if (run.link) nodes.push(linkNote(run.link, links.words));
  return nodes.map((node) => (typeof node === "string" ? { type: "text", value: node } : node));
}

const sameLink = (a: NonNullable<ViewRun["link"]>, b: NonNullable<ViewRun["link"]>) =>
  a.from === b.from && a.to === b.to;

/** The old and new target of a changed link, as visible text (printed too). */
function linkNote(
  link: { from: string | undefined; to: string | undefined },
  words: RedlineWords,
): Element {
  const t = words.strings;
  const url = (target: string) => h("span", { className: ["rl-url"] }, [target]);
  const template =
    link.from === undefined
      ? t.redline_link_added
      : link.to === undefined
        ? t.redline_link_removed
        : t.redline_link_changed;
  const targets: Record<string, string> = {
    url: link.from === undefined ? (link.to ?? "") : link.from,
    from: link.from ?? "",
    to: link.to ?? "",
  };
  return ui(
    "span",
    { className: ["rl-link-note"] },
    slotted(template, (slot) => url(targets[slot] ?? "")),
  );
}

/** A template's text with an element where each `{placeholder}` stands. */
function slotted(template: string, element: (slot: string) => Child): (Child | string)[] {
  return splitTemplate(template).map((piece) =>
    "text" in piece ? piece.text : element(piece.slot),
  );
}

function groupNodes(groups: readonly RunGroup[], links: Links): Child[] {
  return groups.flatMap((group): Child[] => {
    const content = group.runs.flatMap((run) => runNodes(run, links));
    if (group.op === "kept") return content;
    const lead: Child[] = group.lead ? [{ type: "text", value: group.lead }] : [];
    // Words for screen readers are not policy text either.
    const t = links.words.strings;
    const label = ui("span", { className: ["visually-hidden"] }, [
      group.op === "removed" ? t.redline_deleted : t.redline_inserted,
    ]);
    return [...lead, h(group.op === "removed" ? "del" : "ins", {}, [label, ...content])];
  });
}

/** The page has its own h1 and h2s: policy headings start at h3, in order, never skipping a level. */
function headingLevels(redline: Redline): Map<RedlineBlock, number> {
  const depths = [
    ...new Set(
      redline.blocks.flatMap((block) => {
        const side = block.new ?? block.old;
        return side?.kind === "heading" ? [side.depth] : [];
      }),
    ),
  ].sort();
  const levels = new Map<RedlineBlock, number>();
  let previous = 2;
  for (const block of redline.blocks) {
    const side = block.new ?? block.old;
    if (side?.kind !== "heading") continue;
    const level = Math.min(6, 3 + depths.indexOf(side.depth), previous + 1);
    levels.set(block, level);
    previous = level;
  }
  return levels;
}

function blockClasses(side: BlockSide, block: RedlineBlock): string[] {
  const { status } = block;
  // Kept paragraphs, most of a page, carry no class: the tag says what they are.
  const classes = side.kind === "paragraph" ? [] : [`rl-${side.kind}`];
  if (status !== "kept") classes.push(`rl-${status}`);
  else if (side.kind === "list-item" && side.number !== null && isChanged(block))
    classes.push("rl-renumbered");
  if (side.kind === "heading") classes.push(`rl-heading-${side.depth}`);
  if (side.kind === "list-item") classes.push(side.ordered ? "rl-ordered" : "rl-bullet");
  if (side.listDepth > 0) classes.push(`rl-list-${Math.min(side.listDepth, 6)}`);
  if (side.quoteDepth > 0) classes.push("rl-quote");
  return classes;
}

function shapeName(side: BlockSide, words: RedlineWords): string {
  const t = words.strings;
  switch (side.kind) {
    case "heading":
      return fill(t.redline_shape_heading, { depth: side.depth });
    case "list-item":
      return side.ordered
        ? t.redline_shape_numbered
        : side.checked !== null
          ? t.redline_shape_task
          : t.redline_shape_bulleted;
    case "table-cell":
      return t.redline_shape_cell;
    default:
      return t[`redline_shape_${side.kind}`];
  }
}

/** Formatting changed: a heading level, a list marker, a paragraph that became a list item… */
function shapeNote(block: RedlineBlock, words: RedlineWords): Element | undefined {
  const t = words.strings;
  const note = (what: string) =>
    ui("p", { className: ["rl-note"] }, [fill(t.redline_shape_changed, { what })]);
  if (block.continues) return note(block.continues === "old" ? t.redline_split : t.redline_merged);
  const from = block.status === "changed" ? block.old : undefined;
  const to = block.new;
  if (!from || !to || !block.changes?.formatting) return undefined;
  const [a, b] = [shapeName(from, words), shapeName(to, words)];
  const nesting =
    from.listDepth !== to.listDepth || from.quoteDepth !== to.quoteDepth ? t.redline_nesting : "";
  if (a === b && !nesting) return undefined;
  return note(a === b ? `${a}, ${nesting}` : `${a} → ${b}`);
}

/** The number of an ordered list item; a renumbered one shows its old number struck. */
function marker(block: RedlineBlock, side: BlockSide, words: RedlineWords): Element | undefined {
  if (side.kind !== "list-item" || side.number === null) return undefined;
  const old = block.old?.kind === "list-item" ? block.old.number : null;
  const children: (Child | string)[] =
    renumbered(block) && old !== null && side === block.new
      ? [
          h("s", {}, [`${old}.`]),
          ` ${side.number}.`,
          hidden(fill(words.strings.redline_renumbered, { number: old })),
        ]
      : [`${side.number}.`];
  return ui("span", { className: ["rl-marker"] }, children);
}

/** One row of a view: the nodes it shows, whether it is a change, and what it counts as when collapsed. */
interface Item {
  nodes: Element[];
  changed: boolean;
  /** "paragraph", "heading", "list item", "table"… for the label of a collapsed run. */
  kind: string;
}

type Which = "old" | "new";

interface BlockRender {
  which: Which;
  hide: RunOp | undefined;
  prefix: string;
  links: Links;
  levels: Map<RedlineBlock, number>;
  /** The block's position in the redline, to say whether the other end of a move is above or below. */
  ends: Map<number, { from: number; to: number }>;
}

function blockElement(block: RedlineBlock, side: BlockSide, render: BlockRender): Element {
  const content = groupNodes(groupRuns(block.runs, render.hide), render.links);
  const level = render.levels.get(block);
  const classes = blockClasses(side, block);
  const className = classes.length > 0 ? classes : undefined;
  if (side.kind === "rule") return h("hr", { className });
  if (side.kind === "heading" && level)
    return h(
      `h${level}`,
      { className, id: redlineAnchor(render.which, side.anchor, render.prefix) },
      content,
    );
  const tag =
    side.kind === "code" || side.kind === "html" ? "pre" : side.kind === "paragraph" ? "p" : "div";
  const number = marker(block, side, render.links.words);
  return h(tag, { className }, number ? [number, " ", ...content] : content);
}

/** A block with its notes: a moved block is wrapped with its link to the other end. */
function blockNodes(
  block: RedlineBlock,
  side: BlockSide,
  position: number,
  render: BlockRender,
): Element[] {
  const element = blockElement(block, side, render);
  const note = shapeNote(block, render.links.words);
  const nodes = note ? [note, element] : [element];
  if (!block.move) return nodes;
  const { id, role } = block.move;
  const ends = render.ends.get(id);
  const other = role === "from" ? "to" : "from";
  const otherAt = ends ? ends[other] : position;
  const where = otherAt > position ? "below" : "above";
  const t = render.links.words.strings;
  const place = t[`redline_${role === "from" ? "new" : "old"}_place_${where}`];
  const link = ui("p", { className: ["rl-note", "rl-move-note"] }, [
    ...slotted(role === "from" ? t.redline_moved_away : t.redline_moved_here, () =>
      h("a", { href: `#${render.prefix}move-${id}-${other}` }, [place]),
    ),
    role === "to" && block.changes?.wording ? t.redline_move_changes_marked : "",
  ]);
  return [
    h(
      "div",
      {
        className: ["rl-move", `rl-move--${role}`],
        dataMoved: role,
        id: `${render.prefix}move-${id}-${role}`,
      },
      [link, ...nodes],
    ),
  ];
}

/** What a collapsed run counts each kind of block as ("paragraph", "table"), and its words' key. */
const KIND_NAMES: Record<
  BlockSide["kind"],
  [string, `redline_kind_${string}` & keyof RedlineWords["strings"]]
> = {
  heading: ["heading", "redline_kind_heading"],
  paragraph: ["paragraph", "redline_kind_paragraph"],
  "list-item": ["list item", "redline_kind_list_item"],
  "table-cell": ["table", "redline_kind_table"],
  code: ["code block", "redline_kind_code"],
  html: ["HTML block", "redline_kind_html"],
  rule: ["rule", "redline_kind_rule"],
};

/** "17 unchanged paragraphs", "12 unchanged paragraphs, 3 headings and 2 list items". */
export function collapsedLabel(
  kinds: readonly string[],
  words: RedlineWords = ENGLISH_REDLINE,
): string {
  const t = words.strings;
  const counts = new Map<string, number>();
  for (const kind of kinds) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  const parts = [...counts].map(([kind, count]) => {
    const key = Object.values(KIND_NAMES).find(([one]) => one === kind)?.[1];
    return { count, name: counted(key ? t[key] : kind, count, words.tag) };
  });
  const [first, ...rest] = parts;
  if (!first) return fill(t.redline_unchanged, { count: 0, kinds: "" }).trim();
  // "12 unchanged paragraphs, 3 headings and 2 list items": the first count is the template's.
  const others = rest.map((part) => `${part.count} ${part.name}`);
  const last = others.pop();
  const kindsText =
    last === undefined ? first.name : [first.name, ...others].join(", ") + t.redline_and + last;
  return fill(t.redline_unchanged, { count: first.count, kinds: kindsText });
}

/** The items of one view, tables grouped (a table is one item, its cells compared cell by cell). */
function items(
  redline: Redline,
  render: Omit<BlockRender, "which" | "hide">,
  sidesOf: (block: RedlineBlock) => { which: Which; hide: RunOp | undefined }[],
  cell: (nodes: Element[][]) => Element[],
): Item[] {
  const columns = sidesOf({ status: "kept", kind: "paragraph", runs: [] }).length;
  const result: Item[] = [];
  let table:
    { rows: Map<string, Element[]>[]; changed: boolean; changedRows: Set<string> } | undefined;
  const flushTable = () => {
    if (!table) return;
    const { changedRows } = table;
    // Side by side, a table shows its header and changed rows only; inline, all of it.
    const perSide = table.rows.map((rows) =>
      tableElement(
        columns === 1
          ? rows
          : new Map([...rows].filter(([key]) => key === "0" || changedRows.has(key))),
      ),
    );
    result.push({
      nodes: cell(perSide.map((t) => (t ? [t] : []))),
      changed: table.changed,
      kind: "table",
    });
    table = undefined;
  };
  redline.blocks.forEach((block, position) => {
    const perSide = sidesOf(block).map(({ which, hide }) => {
      const side = which === "old" ? block.old : block.new;
      return side
        ? { side, nodes: blockNodes(block, side, position, { ...render, which, hide }) }
        : undefined;
    });
    const shown = block.new ?? block.old;
    if (shown?.kind === "table-cell") {
      table ??= {
        rows: Array.from({ length: columns }, () => new Map()),
        changed: false,
        changedRows: new Set(),
      };
      table.changed ||= isChanged(block);
      perSide.forEach((entry, i) => {
        if (!entry || entry.side.kind !== "table-cell") return;
        const rows = table?.rows[i];
        // Inline, a removed row stays apart from the new row of the same number.
        const key = columns === 1 && !block.new ? `old-${entry.side.row}` : `${entry.side.row}`;
        if (isChanged(block)) table?.changedRows.add(key);
        rows?.set(key, [
          ...(rows.get(key) ?? []),
          ...entry.nodes.map((node) => asCell(node, entry.side)),
        ]);
      });
      return;
    }
    flushTable();
    result.push({
      nodes: cell(perSide.map((entry) => entry?.nodes ?? [])),
      changed: isChanged(block),
      kind: KIND_NAMES[shown?.kind ?? "paragraph"][0],
    });
  });
  flushTable();
  return result;
}

/** A table-cell block as a <td>/<th>. */
function asCell(node: Element, side: BlockSide): Element {
  const header = side.kind === "table-cell" && side.header;
  return { ...node, tagName: header ? "th" : "td" };
}

function tableElement(rows: Map<string, Element[]>): Element | undefined {
  if (rows.size === 0) return undefined;
  return h("div", { className: ["rl-table-wrap"] }, [
    h("table", { className: ["rl-table"] }, [
      h(
        "tbody",
        {},
        [...rows.values()].map((cells) => h("tr", {}, cells)),
      ),
    ]),
  ]);
}

/**
 * Lays out items: changes (numbered, each with its id and links to its neighbours), the
 * context around them, and collapsed runs of the rest.
 */
function layout(
  all: readonly Item[],
  prefix: string,
  words: RedlineWords,
  change: (nodes: Element[], number: number, total: number) => Element[],
  collapsed: (nodes: Element[], label: string, id: string) => Element[],
  /** When given, unchanged headings far from any change are never folded: this lays them out. */
  heading?: (nodes: Element[]) => Element[],
): Element[] {
  const nearChange = all.map((_, i) =>
    all.slice(Math.max(0, i - CONTEXT), i + CONTEXT + 1).some((other) => other.changed),
  );
  const near = all.map(
    (item, i) => (heading !== undefined && item.kind === "heading") || nearChange[i],
  );
  const total = all.filter((item, i) => item.changed && !all[i - 1]?.changed).length;
  const out: Element[] = [];
  let changes = 0;
  let runs = 0;
  for (let i = 0; i < all.length;) {
    const item = all[i];
    if (!item) break;
    if (item.changed) {
      const nodes: Element[] = [];
      for (; all[i]?.changed; i += 1) nodes.push(...(all[i]?.nodes ?? []));
      changes += 1;
      out.push(...change(nodes, changes, total));
    } else if (near[i]) {
      out.push(...(heading && !nearChange[i] ? heading(item.nodes) : item.nodes));
      i += 1;
    } else {
      const start = i;
      for (; i < all.length && !all[i]?.changed && !near[i]; i += 1);
      const run = all.slice(start, i);
      // Headings cut runs short, so even one unchanged paragraph is folded.
      runs += 1;
      out.push(
        ...collapsed(
          run.flatMap((entry) => entry.nodes),
          collapsedLabel(
            run.map((entry) => entry.kind),
            words,
          ),
          `${prefix}unchanged-${runs}`,
        ),
      );
    }
  }
  return out;
}

function moveEnds(redline: Redline): Map<number, { from: number; to: number }> {
  const ends = new Map<number, { from: number; to: number }>();
  redline.blocks.forEach((block, position) => {
    if (!block.move) return;
    const entry = ends.get(block.move.id) ?? { from: position, to: position };
    entry[block.move.role] = position;
    ends.set(block.move.id, entry);
  });
  return ends;
}

function changeNav(prefix: string, number: number, total: number, words: RedlineWords): Element {
  const t = words.strings;
  const link = (to: number, text: string) => h("a", { href: `#${prefix}change-${to}` }, [text]);
  return ui("p", { className: ["rl-change-nav"] }, [
    fill(t.redline_change_of, { number, total }),
    ...(number > 1 ? [" · ", link(number - 1, t.redline_previous)] : []),
    ...(number < total ? [" · ", link(number + 1, t.redline_next)] : []),
  ]);
}

/**
 * The inline view: one block per redline block, removed and added words interleaved,
 * unchanged runs collapsed in <details>. The element carries data-redline-inline.
 */
export function inlineTree(redline: Redline, options: RedlineViewOptions): Element {
  const prefix = options.idPrefix ?? "";
  const render = {
    prefix,
    links: new Links(redline, options),
    levels: headingLevels(redline),
    ends: moveEnds(redline),
  };
  // A block with only an old side (removed, moved away) shows its old side.
  const all = items(
    redline,
    render,
    (block) => [{ which: block.new ? "new" : "old", hide: undefined }],
    ([nodes]) => nodes ?? [],
  );
  const words = render.links.words;
  const children = layout(
    all,
    prefix,
    words,
    (nodes, number, total) => [
      h("div", { className: ["rl-change"], id: `${prefix}change-${number}` }, [
        changeNav(prefix, number, total, words),
        ...nodes,
      ]),
    ],
    (nodes, label, id) => [
      h("details", { className: ["rl-unchanged"], id }, [ui("summary", {}, [label]), ...nodes]),
    ],
    // Headings always show: the reader keeps the outline, and no heading level is skipped.
    (nodes) => nodes,
  );
  return h("div", { className: ["redline", "redline--inline"], dataRedlineInline: "" }, children);
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

/** Stands for an unchanged heading the side-by-side view leaves out. */
const HEADING_GAP = h("tr");

/** One side-by-side row for folded text: links to the folds in the inline view. */
function foldRow(links: Element[], words: RedlineWords): Element {
  const children: (Child | string)[] = [];
  links.forEach((link, i) => children.push(...(i > 0 ? [", "] : []), link));
  return h("tr", { className: ["rl-row", "rl-row--collapsed"] }, [
    ui("td", { colSpan: 2 }, [...children, words.strings.redline_in_inline_view]),
  ]);
}

/**
 * The side-by-side view: only changed blocks and their context, each row the old block
 * (without added words) beside the new one (without removed words); a collapsed run is one
 * row linking to its text in the inline view.
 */
export function sideBySideTree(
  redline: Redline,
  options: RedlineViewOptions & {
    inlinePrefix?: string;
    caption: string;
    before: string;
    after: string;
  },
): Element {
  const prefix = options.idPrefix ?? "sbs-";
  const render = {
    prefix,
    links: new Links(redline, { ...options, idPrefix: options.inlinePrefix ?? "" }),
    // Side by side, headings are not headings: the page outline is the inline view's.
    levels: new Map(),
    ends: moveEnds(redline),
  };
  // On a narrow screen the two sides stack, each labelled by its cell (redline.css).
  const t = (options.words ?? ENGLISH_REDLINE).strings;
  const sides = { old: t.redline_side_old, new: t.redline_side_new };
  const all = items(
    redline,
    render,
    () => [
      { which: "old", hide: "added" },
      { which: "new", hide: "removed" },
    ],
    ([old = [], now = []]) => [
      h("tr", { className: ["rl-row"] }, [
        h("td", { className: ["rl-side", "rl-side--old"], dataSideLabel: sides.old }, old),
        h("td", { className: ["rl-side", "rl-side--new"], dataSideLabel: sides.new }, now),
      ]),
    ],
  );
  const foldLinks = new Map<Element, Element[]>();
  const words = options.words ?? ENGLISH_REDLINE;
  const rows = layout(
    all,
    prefix,
    words,
    (nodes, number) =>
      nodes.map((row, i) =>
        i === 0
          ? {
              ...row,
              properties: {
                ...row.properties,
                id: `${prefix}change-${number}`,
                className: ["rl-row", "rl-row--changed"],
              },
            }
          : { ...row, properties: { ...row.properties, className: ["rl-row", "rl-row--changed"] } },
      ),
    (_nodes, label, id) => {
      const link = h("a", { href: `#${id.replace(prefix, options.inlinePrefix ?? "")}` }, [label]);
      const row = foldRow([link], words);
      foldLinks.set(row, [link]);
      return [row];
    },
    // The same folds as the inline view (headings split them there), so each row links to
    // a fold there; here a heading far from changes is left out and its folds join.
    () => [HEADING_GAP],
  );
  // Folds that only a left-out heading separated are one row, linking to each fold.
  const joined: Element[] = [];
  let afterGap = false;
  for (const row of rows) {
    if (row === HEADING_GAP) {
      afterGap = true;
      continue;
    }
    const last = joined.at(-1);
    const lastLinks = last && foldLinks.get(last);
    const links = foldLinks.get(row);
    if (afterGap && last && lastLinks && links) {
      const merged = foldRow([...lastLinks, ...links], words);
      foldLinks.set(merged, [...lastLinks, ...links]);
      joined[joined.length - 1] = merged;
    } else joined.push(row);
    afterGap = false;
  }
  return h(
    "table",
    { className: ["redline", "redline--side-by-side"], dataRedlineSideBySide: "" },
    [
      h("caption", { className: ["visually-hidden"] }, [options.caption]),
      h("thead", {}, [
        h("tr", {}, [
          h("th", { scope: "col" }, [options.before]),
          h("th", { scope: "col" }, [options.after]),
        ]),
      ]),
      h("tbody", {}, joined),
    ],
  );
}
