/**
 * What the search index holds: one record per section of policy text, with each section
 * text indexed once however many versions repeat it.
 *
 * Why sections and not pages: a result loads its record whole (Pagefind's "fragment"),
 * and a long policy's whole text is about 14 KB compressed, so a page of five results
 * cost 70 KB on top of Pagefind's own 72 KB. A section is a kilobyte or two, and its
 * heading is exactly where a result should lead.
 *
 * Why once per text: successive versions of a policy repeat most of their sections word
 * for word. Indexing each copy made "include past versions" list the same paragraph five
 * times over and made every index chunk carry 83 copies of each word's positions. A record
 * instead lists every version that has the text, and the search page links to the one
 * that matters to the reader (the version in effect, or the newest that has it).
 *
 * Pure: the build's Pagefind step (src/integrations/pagefind.ts) calls this with the site model.
 */
import type { Element, ElementContent, Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { headingRank } from "hast-util-heading-rank";
import { toString as hastToString } from "hast-util-to-string";
import { compareDates } from "../dates/index.ts";
import { searchStatus, type SearchStatus, versionKey } from "./search.ts";
import { versionPath, type VersionModel } from "../site/index.ts";

/** The text between one heading and the next, in reading order. */
export interface PolicySection {
  /** The heading's `id`; undefined for text before the first heading. */
  anchor: string | undefined;
  /** The heading's text; undefined for text before the first heading. */
  heading: string | undefined;
  /** The section's text with its heading, whitespace collapsed. */
  text: string;
}

/** One version's policy text, as the index reads it (`title` heads text before any heading). */
export type IndexedVersion = Pick<VersionModel, "policy" | "title" | "effective"> & {
  status: SearchStatus;
  sections: PolicySection[];
};

/** One entry of the index: Pagefind's custom record. */
export interface SearchRecord {
  /** The section in the newest version that has it. The search page picks the version. */
  url: string;
  content: string;
  /** The text's language: Pagefind keeps one index per language and searches the page's (`<html lang>`). */
  language: string;
  meta: { title: string };
  filters: {
    policy: [string];
    /** `<effective> <status>` for each version that has this text, newest first. */
    version: string[];
  };
}

/** Elements whose end separates words, so "</p><p>" does not glue two words together. */
const BLOCK_ELEMENTS = new Set([
  "address",
  "blockquote",
  "br",
  "dd",
  "details",
  "div",
  "dl",
  "dt",
  "figcaption",
  "figure",
  "hr",
  "li",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "td",
  "th",
  "tr",
  "ul",
]);

const collapse = (text: string) => text.replace(/\s+/g, " ").trim();

/** Splits a policy body (the rendered Markdown) into sections at every heading. */
export function policySections(body: Root | Element): PolicySection[] {
  const sections: { anchor: string | undefined; heading: string | undefined; parts: string[] }[] = [
    { anchor: undefined, heading: undefined, parts: [] },
  ];
  const visit = (node: ElementContent) => {
    if (node.type === "text") {
      sections[sections.length - 1]?.parts.push(node.value);
    } else if (node.type === "element") {
      if (headingRank(node)) {
        const id = node.properties["id"];
        const heading = collapse(hastToString(node));
        sections.push({
          anchor: typeof id === "string" ? id : undefined,
          heading,
          parts: [heading, " "],
        });
        return;
      }
      for (const child of node.children) visit(child);
      if (BLOCK_ELEMENTS.has(node.tagName)) sections[sections.length - 1]?.parts.push(" ");
    }
  };
  for (const child of body.children) if (child.type !== "doctype") visit(child);
  const split = sections
    .map((section) => ({
      anchor: section.anchor,
      heading: section.heading,
      text: collapse(section.parts.join("")),
    }))
    .filter((section) => section.heading !== undefined || section.text !== "");
  // A heading with no text of its own ("Our use of cookies", then its subsections) would
  // be a result that shows nothing but itself: its words go with the section after it.
  const merged: PolicySection[] = [];
  let carried = "";
  split.forEach((section, index) => {
    const text = carried ? `${carried} ${section.text}` : section.text;
    carried = section.text === section.heading && index < split.length - 1 ? text : "";
    if (!carried) merged.push({ ...section, text });
  });
  return merged;
}

/**
 * A version's policy text as the index reads it: the body HTML the render step made (the
 * very text its page shows), split into sections. Nothing is read back from built pages.
 */
export function indexedVersion(
  version: Pick<VersionModel, "policy" | "title" | "effective" | "status" | "html">,
): IndexedVersion {
  return {
    policy: version.policy,
    title: version.title,
    effective: version.effective,
    status: searchStatus(version.status),
    sections: policySections(fromHtml(version.html, { fragment: true })),
  };
}

/**
 * The index's records: each distinct section text of a policy once, listing the versions
 * that have it. Records come in a fixed order (policy, then first appearance from the
 * newest version), so two builds of the same content write the same index.
 */
export function searchRecords(
  versions: readonly IndexedVersion[],
  /** The versions' language, and what its pages' paths start with (`/de`; "" for the authoritative one). */
  language: { tag: string; prefix: string } = { tag: "en", prefix: "" },
): SearchRecord[] {
  const newestFirst = [...versions].sort(
    (a, b) =>
      (a.policy === b.policy ? 0 : a.policy < b.policy ? -1 : 1) ||
      compareDates(b.effective, a.effective),
  );
  const records = new Map<string, { section: PolicySection; versions: IndexedVersion[] }>();
  for (const version of newestFirst) {
    for (const section of version.sections) {
      const key = JSON.stringify([version.policy, section.anchor, section.text]);
      const record = records.get(key);
      if (record) {
        // A section repeated within one version (same anchor and text) is one record.
        if (!record.versions.includes(version)) record.versions.push(version);
      } else {
        records.set(key, { section, versions: [version] });
      }
    }
  }
  return [...records.values()].map(({ section, versions: having }): SearchRecord => {
    const [newest] = having as [IndexedVersion];
    return {
      url: `${language.prefix}${versionPath(newest.policy, newest.effective)}${section.anchor ? `#${section.anchor}` : ""}`,
      content: section.text,
      language: language.tag,
      meta: { title: section.heading ?? newest.title },
      filters: {
        policy: [newest.policy],
        version: having.map((version) => versionKey(version.effective, version.status)),
      },
    };
  });
}
