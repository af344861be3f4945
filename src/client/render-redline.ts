/**
 * The compare page's renderer: the same layout data as the changes page's components
 * (src/redline/redline-view.ts), turned into DOM with textContent only — content never goes
 * through innerHTML.
 */
import type { Redline } from "../redline/index.ts";
import {
  changeLabels,
  inlineView,
  sideBySideView,
  summaryView,
  type RunGroup,
  type ViewBlock,
} from "../redline/redline-view.ts";

type Child = Node | string;

function el(
  tag: string,
  attributes: Record<string, string | undefined> = {},
  ...children: Child[]
) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined && !(name === "class" && value === ""))
      element.setAttribute(name, value);
  }
  element.append(...children);
  return element;
}

function runsNodes(groups: readonly RunGroup[]): Child[] {
  return groups.flatMap((group): Child[] => {
    const content = group.runs.flatMap((run): Child[] => {
      if (run.href) return [run.lead, el("a", { href: run.href, class: run.className }, run.text)];
      if (run.className) return [run.lead, el("span", { class: run.className }, run.text)];
      return [run.lead + run.text];
    });
    if (group.op === "kept") return content;
    const label = el("span", { class: "visually-hidden" }, changeLabels[group.op]);
    return [group.lead, el(group.op === "removed" ? "del" : "ins", {}, label, ...content)];
  });
}

function blockNode(block: ViewBlock): HTMLElement {
  if (block.tag === "hr") return el("hr", { class: block.className });
  return el(block.tag, { class: block.className, id: block.id }, ...runsNodes(block.groups));
}

function summaryNode(redline: Redline): HTMLElement {
  const summary = summaryView(redline);
  const section = el(
    "section",
    { class: "redline-summary", "data-redline-summary": "" },
    el("h2", {}, "What changed"),
    el("p", { "data-word-counts": "" }, summary.wordCounts),
  );
  for (const list of summary.lists) {
    const items = list.sections.map((ref) =>
      el("li", {}, ref.href ? el("a", { href: ref.href }, ref.title) : ref.title),
    );
    section.append(el("h3", {}, list.label), el("ul", { "data-sections": list.key }, ...items));
  }
  if (summary.noHeadingChanges) section.append(el("p", {}, "No section headings changed."));
  return section;
}

/** The whole result: summary, inline view, side-by-side view. */
export function renderRedline(
  redline: Redline,
  labels: { from: string; to: string },
): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const inline = el(
    "div",
    { class: "redline redline--inline", "data-redline-inline": "" },
    ...inlineView(redline).map(blockNode),
  );
  const rows = sideBySideView(redline).map((row) =>
    el(
      "tr",
      { class: `rl-row rl-row--${row.status}` },
      el("td", { class: "rl-side rl-side--old" }, ...(row.old ? [blockNode(row.old)] : [])),
      el("td", { class: "rl-side rl-side--new" }, ...(row.new ? [blockNode(row.new)] : [])),
    ),
  );
  const table = el(
    "table",
    { class: "redline redline--side-by-side", "data-redline-side-by-side": "" },
    el("caption", { class: "visually-hidden" }, `${labels.from} beside ${labels.to}`),
    el(
      "thead",
      {},
      el(
        "tr",
        {},
        el("th", { scope: "col" }, `Before (${labels.from})`),
        el("th", { scope: "col" }, `After (${labels.to})`),
      ),
    ),
    el("tbody", {}, ...rows),
  );
  fragment.append(
    summaryNode(redline),
    el(
      "nav",
      { class: "redline-views", "aria-label": "Views of this comparison" },
      el("a", { href: "#compare-inline" }, "Inline"),
      " · ",
      el("a", { href: "#compare-side-by-side" }, "Side by side"),
    ),
    el(
      "section",
      { class: "redline-view" },
      el("h2", { id: "compare-inline", tabindex: "-1" }, "Inline"),
      inline,
    ),
    el(
      "section",
      { class: "redline-view" },
      el("h2", { id: "compare-side-by-side", tabindex: "-1" }, "Side by side"),
      table,
    ),
  );
  return fragment;
}
