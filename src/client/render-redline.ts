/**
 * The compare page's renderer: the same layout as the changes page's components
 * (src/redline/redline-view.ts's hast trees and summary), turned into DOM with textContent
 * only — content never goes through innerHTML.
 */
import type { Element as HastElement, ElementContent } from "hast";
import type { Redline } from "../redline/index.ts";
// The leaf module: the words only.
import { fill, type CompareWords, type RedlineWords } from "../i18n/strings.ts";
import { inlineTree, sideBySideTree, summaryView } from "../redline/redline-view.ts";

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

/** hast property names as HTML attribute names: className → class, dataRedlineUi → data-redline-ui. */
function attributeName(property: string): string {
  if (property === "className") return "class";
  if (property === "colSpan") return "colspan";
  if (property.startsWith("data"))
    return `data-${property
      .slice(4)
      .replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)
      .replace(/^-/, "")}`;
  return property;
}

/** One node of a view's hast tree as DOM: texts as text nodes, attributes set one by one. */
function domOf(node: HastElement | ElementContent): Node {
  if (node.type === "text") return document.createTextNode(node.value);
  if (node.type !== "element") return document.createTextNode("");
  const element = document.createElement(node.tagName);
  for (const [name, value] of Object.entries(node.properties)) {
    if (value === undefined || value === null || value === false) continue;
    element.setAttribute(
      attributeName(name),
      Array.isArray(value) ? value.join(" ") : value === true ? "" : String(value),
    );
  }
  element.append(...node.children.map(domOf));
  return element;
}

/** The compare page's words, from the page (src/pages/[policy]/compare.astro). */
export interface ComparePageWords {
  redline: RedlineWords;
  compare: CompareWords;
  /** The page's own labels: "What changed", "Inline", "Side by side". */
  page: { what_changed: string; inline: string; side_by_side: string };
}

function summaryNode(redline: Redline, words: ComparePageWords): HTMLElement {
  const t = words.redline.strings;
  const summary = summaryView(redline, { words: words.redline });
  const section = el(
    "section",
    { class: "redline-summary", "data-redline-summary": "" },
    el("h2", {}, words.page.what_changed),
    el(
      "p",
      { class: "text-change", "data-text-change": summary.textChange.value },
      el("strong", {}, summary.textChange.sentence),
    ),
    el("p", { "data-word-counts": "" }, summary.wordCounts),
  );
  if (summary.firstChange)
    section.append(el("p", {}, el("a", { href: summary.firstChange }, t.redline_first_change)));
  for (const list of summary.lists) {
    const items = list.sections.map((ref) =>
      el("li", {}, ref.href ? el("a", { href: ref.href }, ref.title) : ref.title),
    );
    section.append(el("h3", {}, list.label), el("ul", { "data-sections": list.key }, ...items));
  }
  if (summary.noHeadingChanges) section.append(el("p", {}, t.redline_no_section_changed));
  return section;
}

/** The whole result: summary, inline view, side-by-side view. */
export function renderRedline(
  redline: Redline,
  labels: { from: string; to: string; versionHref: string },
  words: ComparePageWords,
): DocumentFragment {
  const t = words.redline.strings;
  const fragment = document.createDocumentFragment();
  // The compare page shows one redline: its ids need no prefix beyond the side-by-side one.
  const inline = inlineTree(redline, { versionHref: labels.versionHref, words: words.redline });
  const table = sideBySideTree(redline, {
    versionHref: labels.versionHref,
    words: words.redline,
    caption: fill(t.redline_compare_caption, { from: labels.from, to: labels.to }),
    before: fill(t.redline_before, { date: labels.from }),
    after: fill(t.redline_after, { date: labels.to }),
  });
  fragment.append(
    summaryNode(redline, words),
    el(
      "nav",
      { class: "redline-views", "aria-label": t.redline_compare_views },
      el("a", { href: "#compare-inline" }, words.page.inline),
      " · ",
      el("a", { href: "#compare-side-by-side" }, words.page.side_by_side),
    ),
    el(
      "section",
      { class: "redline-view" },
      el("h2", { id: "compare-inline", tabindex: "-1" }, words.page.inline),
      domOf(inline),
    ),
    el(
      "section",
      { class: "redline-view redline-view--side-by-side" },
      el("h2", { id: "compare-side-by-side", tabindex: "-1" }, words.page.side_by_side),
      domOf(table),
    ),
  );
  return fragment;
}
