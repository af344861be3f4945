import { describe, expect, it } from "vitest";
import { fromHtml } from "hast-util-from-html";
import type { CalendarDate } from "../../src/dates/dates.ts";
import {
  indexedVersion,
  policySections,
  searchRecords,
  type IndexedVersion,
} from "../../src/search/search-records.ts";
import type { SearchStatus } from "../../src/search/search.ts";

const day = (value: string) => value as CalendarDate;

/** Sections as readable lines: `#anchor Heading | text`. */
function sectionLines(html: string): string[] {
  return policySections(fromHtml(html, { fragment: true })).map(
    (section) =>
      `${section.anchor ? `#${section.anchor} ` : ""}${section.heading ?? "(top)"} | ${section.text}`,
  );
}

describe("a policy body split into sections", () => {
  it("starts a section at every heading, whatever its level, and keeps the text before the first", () => {
    expect(
      sectionLines(
        '<p>Intro text.</p><h2 id="a">Alpha</h2><p>One.</p><h3 id="b">Beta</h3><p>Two.</p><h2 id="c">Gamma</h2>',
      ),
    ).toEqual([
      "(top) | Intro text.",
      "#a Alpha | Alpha One.",
      "#b Beta | Beta Two.",
      "#c Gamma | Gamma",
    ]);
  });

  it("separates words across block elements and collapses whitespace, not across inline ones", () => {
    expect(
      sectionLines(
        '<h2 id="x">X</h2><ul><li>first</li><li>second</li></ul><p>a<strong>b</strong>c\n\n  d</p><table><tr><td>cell</td><td>two</td></tr></table>',
      ),
    ).toEqual(["#x X | X first second abc d cell two"]);
  });

  it("finds headings nested in other elements, and gives no section for an empty top", () => {
    expect(
      sectionLines(
        '<details><summary>More</summary><h3 id="n">Nested</h3><p>Inside.</p></details>',
      ),
    ).toEqual(["(top) | More", "#n Nested | Nested Inside."]);
    expect(sectionLines('<h2 id="only">Only</h2>')).toEqual(["#only Only | Only"]);
  });

  it("gives a heading with no text of its own to the section after it", () => {
    expect(
      sectionLines(
        '<h2 id="cookies">Our cookies</h2><h3 id="kinds">Kinds</h3><h4 id="what">What</h4><p>Small files.</p><h2 id="end">End</h2>',
      ),
    ).toEqual(["#what What | Our cookies Kinds What Small files.", "#end End | End"]);
    expect(sectionLines("<h2>No id</h2><p>t</p>")).toEqual(["No id | No id t"]);
  });
});

describe("a version read for the index", () => {
  it("reads its rendered policy text, section by section, and its place in the timeline", () => {
    expect(
      indexedVersion({
        policy: "privacy",
        title: "Privacy Policy",
        effective: day("2014-03-15"),
        status: { kind: "past", until: day("2026-12-16") },
        html: '<h2 id="use-of-cookies">Use of Cookies</h2>\n<p>We use cookies.</p>',
      }),
    ).toEqual({
      policy: "privacy",
      title: "Privacy Policy",
      effective: "2014-03-15",
      status: "archived",
      sections: [
        {
          anchor: "use-of-cookies",
          heading: "Use of Cookies",
          text: "Use of Cookies We use cookies.",
        },
      ],
    });
  });
});

describe("the index's records", () => {
  const version = (
    effective: string,
    status: SearchStatus,
    sections: [string | undefined, string][],
    policy = "privacy",
  ): IndexedVersion => ({
    policy,
    title: "Privacy Policy",
    effective: day(effective),
    status,
    sections: sections.map(([anchor, text]) => ({
      anchor,
      heading: anchor ? anchor.toUpperCase() : undefined,
      text,
    })),
  });
  /** Records as readable lines: `url title {versions} text`. */
  const lines = (versions: IndexedVersion[]) =>
    searchRecords(versions).map(
      (record) =>
        `${record.url} ${record.meta.title} {${record.filters.version.join(", ")}} ${record.content}`,
    );

  it("holds each distinct section text once, listing every version that has it, newest first", () => {
    expect(
      lines([
        version("2014-03-15", "archived", [
          [undefined, "Intro."],
          ["cookies", "We use cookies."],
          ["retention", "We keep data for a reasonable period."],
        ]),
        version("2026-12-16", "upcoming", [
          [undefined, "Intro."],
          ["cookies", "We use cookies and analytics."],
          ["retention", "We keep data for a reasonable period."],
        ]),
        version("2020-01-01", "current", [
          [undefined, "Intro."],
          ["cookies", "We use cookies."],
        ]),
      ]),
    ).toEqual([
      "/privacy/2026-12-16/ Privacy Policy {2026-12-16 upcoming, 2020-01-01 current, 2014-03-15 archived} Intro.",
      "/privacy/2026-12-16/#cookies COOKIES {2026-12-16 upcoming} We use cookies and analytics.",
      "/privacy/2026-12-16/#retention RETENTION {2026-12-16 upcoming, 2014-03-15 archived} We keep data for a reasonable period.",
      "/privacy/2020-01-01/#cookies COOKIES {2020-01-01 current, 2014-03-15 archived} We use cookies.",
    ]);
  });

  it("keeps the same text under another heading, or in another policy, as records of their own, and a repeat within a version as one", () => {
    expect(
      lines([
        version("2020-01-01", "current", [
          ["a", "Same words."],
          ["b", "Same words."],
        ]),
        version("2020-01-01", "current", [["a", "Same words."]], "terms"),
        // The same anchor and text twice in one version (raw HTML ids) is one record.
        version("2021-01-01", "archived", [
          ["c", "Twice."],
          ["c", "Twice."],
        ]),
      ]),
    ).toEqual([
      "/privacy/2021-01-01/#c C {2021-01-01 archived} Twice.",
      "/privacy/2020-01-01/#a A {2020-01-01 current} Same words.",
      "/privacy/2020-01-01/#b B {2020-01-01 current} Same words.",
      "/terms/2020-01-01/#a A {2020-01-01 current} Same words.",
    ]);
  });

  it("gives the same records whatever order the pages were read in", () => {
    const versions = [
      version("2014-03-15", "archived", [["x", "Old."]]),
      version("2020-01-01", "current", [["x", "New."]]),
      version("2020-01-01", "current", [["x", "Terms."]], "terms"),
    ];
    expect(searchRecords([...versions].reverse())).toEqual(searchRecords(versions));
    expect(searchRecords([])).toEqual([]);
  });
});
