import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Element, ElementContent } from "hast";
import { toHtml } from "hast-util-to-html";
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../src/render/markdown.ts";
import { compareVersions, prepareVersion, type Redline } from "../../src/redline/index.ts";
import { redlineWords, siteLanguages } from "../../src/i18n/index.ts";
import {
  collapsedLabel,
  groupRuns,
  inlineTree,
  markClasses,
  runText,
  safeHref,
  sideBySideTree,
  summaryView,
} from "../../src/redline/redline-view.ts";

const fixtures = join(import.meta.dirname, "../fixtures/redline");
const options = { versionHref: "/privacy/2026-01-01/", caption: "c", before: "b", after: "a" };

function redlineOf(before: string, after: string): Redline {
  return compareVersions(parseMarkdown(before), parseMarkdown(after));
}
function scenario(name: string): Redline {
  const read = (file: string) => readFileSync(join(fixtures, name, file), "utf8");
  return redlineOf(read("old.md"), read("new.md"));
}
const inline = (redline: Redline) => toHtml(inlineTree(redline, options));
const sideBySide = (redline: Redline) => toHtml(sideBySideTree(redline, options));
/** The policy text a view holds, without the redline's own labels, notes and screen-reader words. */
function policyText(node: ElementContent | Element): string {
  if (node.type === "text") return node.value;
  if (node.type !== "element") return "";
  const classes = node.properties["className"];
  if (node.properties["dataRedlineUi"] !== undefined) return "";
  if (Array.isArray(classes) && classes.includes("visually-hidden")) return "";
  const text = node.children.map(policyText).join("");
  return /^(p|div|h\d)$/.test(node.tagName) ? `${text}\n` : text;
}

describe("the inline view", () => {
  it("moves a change's leading space before the <del>/<ins>, so the marks cover words only", () => {
    expect(
      inline(redlineOf("We answer within a reasonable time.", "We answer within 30 days.")),
    ).toContain(
      'We answer within <del><span class="visually-hidden" data-redline-ui="">deleted: </span>a reasonable time</del> <ins><span class="visually-hidden" data-redline-ui="">inserted: </span>30 days</ins>.',
    );
  });

  it("gives headings prefixed anchors and levels below the page's own h1/h2, never skipping one", () => {
    const html = inline(
      redlineOf(
        "# A\n\n### B\n\ntext\n\n##### C\n\n## Gone\n",
        "# A\n\n### B\n\nmore text\n\n##### C\n",
      ),
    );
    expect([...html.matchAll(/<(h\d)[^>]*id="([^"]+)"/g)].map((m) => `${m[1]}#${m[2]}`)).toEqual([
      "h3#new-a",
      "h4#new-b",
      "h5#new-c",
      "h4#old-gone",
    ]);
  });

  it("shows a moved item at both places, linked both ways, with only its edits marked", () => {
    const html = inline(scenario("moved-list-item"));
    expect(html).toContain(
      '<div class="rl-move rl-move--from" data-moved="from" id="move-1-from"><p class="rl-note rl-move-note" data-redline-ui="">Moved <a href="#move-1-to">to its new place below</a></p><div class="rl-list-item rl-moved rl-bullet rl-list-1">The "Service" refers to the applications, software, products and services we provide.</div></div>',
    );
    expect(html).toContain(
      '<div class="rl-move rl-move--to" data-moved="to" id="move-1-to"><p class="rl-note rl-move-note" data-redline-ui="">Moved here from <a href="#move-1-from">its old place above</a>; its changes are marked</p><div class="rl-list-item rl-moved rl-bullet rl-list-1">The "Service" refers to the applications, software, <ins><span class="visually-hidden" data-redline-ui="">inserted: </span>code, packages,</ins> products and services we provide.</div></div>',
    );
    expect(html.match(/<ins>/g)).toHaveLength(1);
    expect(html).not.toContain("<del>");
  });

  it("shows a changed link's old and new target as text, and an added link's target, with no word marked", () => {
    const html = inline(scenario("links"));
    expect(policyText(inlineTree(scenario("links"), options)).trim()).toBe(
      "Read our cookie policy for details.\nContact the privacy team with any question.",
    );
    expect(html).toContain(
      '<a href="https://example.com/legal/cookies">cookie policy</a><span class="rl-link-note" data-redline-ui=""> (link changed: was <span class="rl-url">https://example.com/cookies</span>, now <span class="rl-url">https://example.com/legal/cookies</span>)</span>',
    );
    expect(html).toContain(
      '<span class="rl-link-note" data-redline-ui=""> (link added: <span class="rl-url">mailto:privacy@example.com</span>)</span>',
    );
    expect(html).not.toMatch(/<del>|<ins>/);
  });

  it("notes a changed link target once, after the link, even when words inside it changed", () => {
    const html = inline(
      redlineOf(
        "See [our notice to California residents](#california) or scroll down.\n",
        "See [our notice to U.S. residents](#us-states) or scroll down.\n",
      ),
    );
    expect(html.match(/link changed/g)).toHaveLength(1);
    expect(html).toMatch(/residents<\/a><span class="rl-link-note" data-redline-ui="">/);
  });

  it("labels an image once around its alt text, the label marked as the page's, not the policy's", () => {
    const redline = redlineOf(
      "Our logo: ![the old logo](/logo.png)\n",
      "Our logo: ![the new logo](/logo.png)\n",
    );
    const html = inline(redline);
    const label = (text: string) => `<span data-redline-ui="">${text}</span>`;
    expect(html).toContain(`Our logo: <span class="rl-image">${label("[image: ")}the</span> <del>`);
    expect(html).toContain(`<span class="rl-image">logo${label("]")}</span></p>`);
    expect(html.match(/\[image: /g)).toHaveLength(1);
    // Without its labels, the view holds the words of both alt texts and nothing else.
    expect(policyText(inlineTree(redline, options)).trim()).toBe("Our logo: the old new logo");
  });

  it("announces formatting changes apart: a heading level, and emphasis on a kept word", () => {
    const html = inline(scenario("formatting"));
    expect(html).toContain(
      '<p class="rl-note" data-redline-ui="">Formatting changed: heading level 2 → heading level 3</p>',
    );
    expect(html).toContain(
      '<span class="rl-format-changed"><span class="visually-hidden" data-redline-ui="">formatting changed: </span><span class="rl-em">delete</span></span>',
    );
    expect(html).not.toMatch(/<del>|<ins>/);
  });

  it("keeps ordered lists' numbers and shows a renumbering", () => {
    const html = inline(scenario("renumbered-list"));
    expect(html).toContain(
      '<span class="rl-marker" data-redline-ui="">1.</span> Register an account.',
    );
    expect(html).toContain(
      '<span class="rl-marker" data-redline-ui=""><s>2.</s> 3.<span class="visually-hidden"> (renumbered, was 2)</span></span> Verify your email.',
    );
  });

  it("compares a table as a table, cell by cell", () => {
    const html = inline(scenario("table-cell"));
    expect(html).toContain(
      '<table class="rl-table"><tbody><tr><th class="rl-table-cell">Data</th><th class="rl-table-cell">Kept for</th></tr><tr><td class="rl-table-cell">Logs</td><td class="rl-table-cell rl-changed"><del><span class="visually-hidden" data-redline-ui="">deleted: </span>90</del><ins><span class="visually-hidden" data-redline-ui="">inserted: </span>30</ins> days</td></tr><tr><td class="rl-table-cell">Backups</td><td class="rl-table-cell">1 year</td></tr></tbody></table>',
    );
  });

  it("sends in-page links to the heading on this page, else to the version page", () => {
    const html = inline(scenario("in-page-links"));
    expect(html).toContain('<a href="#new-your-rights">your rights</a>');
    expect(html).toContain('<a href="#old-appendix">the appendix</a>');
    expect(html).toContain('<a href="/privacy/2026-01-01/#nowhere">elsewhere</a>');
    // Every in-page link has its target in the view.
    for (const [, id] of html.matchAll(/href="#([^"]+)"/g)) expect(html).toContain(`id="${id}"`);
  });

  it("collapses unchanged runs in <details>, keeps a little context, and links each change to the next and previous", () => {
    const html = inline(scenario("collapsed-context"));
    expect(html).toContain(
      '<details class="rl-unchanged" id="unchanged-1"><summary data-redline-ui="">13 unchanged paragraphs</summary><p>Paragraph number 4 says',
    );
    expect(html).toContain(
      '<div class="rl-change" id="change-1"><p class="rl-change-nav" data-redline-ui="">Change 1 of 2 · <a href="#change-2">next</a></p>',
    );
    expect(html).toContain(
      '<div class="rl-change" id="change-2"><p class="rl-change-nav" data-redline-ui="">Change 2 of 2 · <a href="#change-1">previous</a></p>',
    );
    // Context: the paragraph before and after each change is shown, outside <details>.
    expect(html).toMatch(/number 3 says[^]*<details/);
    expect(html).toMatch(/<\/details><p>Paragraph number 17/);
    // The collapsed text is still all there: both versions' full text.
    for (let i = 1; i <= 20; i += 1) expect(html).toContain(`Paragraph number ${i} says`);
  });

  it("never folds a heading away: the outline stays, with no level skipped", () => {
    const paragraphs = (n: number, word: string) =>
      Array.from({ length: n }, (_, i) => `${word} paragraph ${i}.`).join("\n\n");
    const before = `## A\n\n${paragraphs(6, "Same")}\n\n### B\n\n${paragraphs(6, "More")}\n\nOld end.`;
    const redline = redlineOf(before, before.replace("Old end.", "New end."));
    const html = inline(redline);
    // Side by side folds the same runs, each linking to its fold inline.
    const links = [...sideBySide(redline).matchAll(/href="#(unchanged-\d+)"/g)];
    expect(links.map((m) => m[1])).toEqual(["unchanged-1", "unchanged-2"]);
    for (const [, id] of links) expect(html).toContain(`id="${id}"`);
    const folded = [...html.matchAll(/<details[^]*?<\/details>/g)].map((m) => m[0]);
    expect(folded).toHaveLength(2);
    for (const run of folded) expect(run).not.toMatch(/<h\d/);
    expect(html).toContain('<h4 class="rl-heading rl-heading-3" id="new-b">B</h4>');
  });

  it("names collapsed runs by what they hold", () => {
    expect(collapsedLabel(["paragraph", "paragraph", "heading", "list item"])).toBe(
      "2 unchanged paragraphs, 1 heading and 1 list item",
    );
  });

  it("never writes an empty <del> or <ins> for a change of spacing", () => {
    const html = inline(redlineOf("foo**bar** baz", "foo **bar** baz"));
    expect(html).not.toMatch(
      /<(del|ins)><span class="visually-hidden"[^>]*>[^<]*<\/span><\/(del|ins)>/,
    );
    expect(html).not.toMatch(/<(del|ins)>\s*<\/(del|ins)>/);
  });
});

describe("the inline view holds both versions' full text", () => {
  /** The words of a view, leaving out redline UI and the elements `skip` says. */
  function words(node: ElementContent | Element, skip: (element: Element) => boolean): string[] {
    if (node.type === "text") return node.value.match(/[\p{L}\p{N}]+/gu) ?? [];
    if (node.type !== "element" || skip(node)) return [];
    if (node.properties["dataRedlineUi"] !== undefined) return [];
    return node.children.flatMap((child) => words(child, skip));
  }
  it.each(readdirSync(fixtures))(
    "%s: without <ins> and moved-to ends, the old text; without <del> and moved-from ends, the new",
    (name) => {
      const read = (file: string) => readFileSync(join(fixtures, name, file), "utf8");
      const tree = inlineTree(redlineOf(read("old.md"), read("new.md")), options);
      const oldWords = words(
        tree,
        (e) => e.tagName === "ins" || e.properties["dataMoved"] === "to",
      );
      const newWords = words(
        tree,
        (e) => e.tagName === "del" || e.properties["dataMoved"] === "from",
      );
      const strip = (markdown: string) =>
        prepareVersion(parseMarkdown(markdown))
          .blocks.map((block) => block.text)
          .join(" ")
          .match(/[\p{L}\p{N}]+/gu) ?? [];
      expect(oldWords).toEqual(strip(read("old.md")));
      expect(newWords).toEqual(strip(read("new.md")));
    },
  );
});

describe("the side-by-side view", () => {
  it("shows only changed blocks and their context; a collapsed run links to the inline view", () => {
    const html = sideBySide(scenario("collapsed-context"));
    expect(html).not.toContain("Paragraph number 10 says");
    expect(html).toContain(
      '<tr class="rl-row rl-row--collapsed"><td colspan="2" data-redline-ui=""><a href="#unchanged-1">13 unchanged paragraphs</a> (in the inline view)</td></tr>',
    );
    expect(html).toContain('<tr class="rl-row rl-row--changed" id="sbs-change-2">');
    // Each fold side by side links to the same fold inline.
    const inlineHtml = inline(scenario("collapsed-context"));
    for (const [, id] of html.matchAll(/href="#(unchanged-\d+)"/g))
      expect(inlineHtml).toContain(`id="${id}"`);
  });

  it("the old side never shows added words or new link targets, the new side never removed words", () => {
    const html = sideBySide(scenario("links"));
    const [old, now] = [
      ...html.matchAll(/<td class="rl-side rl-side--(?:old|new)"[^>]*>(.*?)<\/td>/g),
    ].map((m) => m[1] ?? "");
    expect(old).toContain('<a href="https://example.com/cookies">cookie policy</a> for details.');
    expect(now).toContain('<a href="https://example.com/legal/cookies">cookie policy</a>');
    const redline = redlineOf("We answer within a reasonable time.", "We answer within 30 days.");
    const cells = sideBySide(redline);
    expect(cells).toMatch(
      /rl-side--old"[^>]*>[^]*a reasonable time[^]*<\/td><td class="rl-side rl-side--new"[^>]*>(?![^]*reasonable)/,
    );
  });

  it("shows a table's header and changed rows only", () => {
    const html = sideBySide(scenario("table-cell"));
    expect(html).toContain("Logs");
    expect(html).not.toContain("Backups");
  });
});

describe("safe links", () => {
  it("never links to javascript: or data: targets", () => {
    expect(safeHref("javascript:alert(1)")).toBeUndefined();
    expect(safeHref(" JaVaScRiPt:alert(1)")).toBeUndefined();
    // `[x](java&#9;script:…)` reaches the tree with a real tab, which browsers drop.
    expect(safeHref("java\tscript:alert(1)")).toBeUndefined();
    expect(safeHref("\u0001java\nscript:alert(1)")).toBeUndefined();
    expect(safeHref("data:text/html,x")).toBeUndefined();
    expect(safeHref("https://example.com/a")).toBe("https://example.com/a");
    expect(safeHref("mailto:a@example.com")).toBe("mailto:a@example.com");
    expect(safeHref("#section")).toBe("#section");
    const groups = groupRuns([{ op: "kept", text: " click", href: "javascript:alert(1)" }]);
    expect(groups[0]?.runs[0]?.href).toBeUndefined();
  });
});

describe("what a run shows", () => {
  it("labels an image by its alt text, turns a raw <br> into a space and keeps other text", () => {
    expect(runText({ op: "kept", text: " a logo", image: "/logo.png" })).toBe(" [image: a logo]");
    expect(runText({ op: "added", text: "<br>", html: true })).toBe(" ");
    expect(runText({ op: "added", text: "<b>", html: true })).toBe("<b>");
    expect(runText({ op: "kept", text: " words" })).toBe(" words");
  });

  it("names each mark it carries as a class, in a fixed order", () => {
    expect(markClasses({ op: "kept", text: "x" })).toBe("");
    expect(
      markClasses({
        op: "kept",
        text: "x",
        strong: true,
        emphasis: true,
        strike: true,
        code: true,
        html: true,
        image: "",
      }),
    ).toBe("rl-strong rl-em rl-strike rl-code rl-raw rl-image");
  });
});

describe("the generated summary", () => {
  const lines = (before: string, after: string) => {
    const summary = summaryView(compareVersions(parseMarkdown(before), parseMarkdown(after)));
    return [
      `[${summary.textChange.value}] ${summary.textChange.sentence}`,
      summary.wordCounts,
      ...summary.lists.map(
        (list) =>
          `${list.label} [${list.key}]: ${list.sections.map((s) => `${s.title}${s.href ? ` ${s.href}` : ""}`).join(", ")}`,
      ),
      ...(summary.noHeadingChanges ? ["No section's wording changed."] : []),
    ];
  };

  it("counts words and lists the sections added, removed and changed, linking each to its side", () => {
    expect(
      lines(
        "# Policy\n\n## Cookies\n\nWe use cookies.\n\n## Old\n\nGone.\n",
        "# Policy\n\n## Cookies\n\nWe use no cookies.\n\n## Retention\n\nOne year.\n",
      ),
    ).toEqual([
      "[wording] The wording differs.",
      "4 words added, 2 words removed; punctuation: 1 added, 1 removed.",
      "Sections added [added]: Retention #new-retention",
      "Sections removed [removed]: Old #old-old",
      "Sections whose wording changed [changed]: Cookies #new-cookies",
    ]);
  });

  it("says so when no heading changed, and uses the singular for one word", () => {
    expect(lines("Plain text.\n", "Plain new text.\n")).toEqual([
      "[wording] The wording differs.",
      "1 word added, 0 words removed.",
      "No section's wording changed.",
    ]);
  });

  it("says each kind of change in words: none, formatting, links, wording", () => {
    const kind = (name: string) =>
      lines(
        ...(["old.md", "new.md"].map((file) =>
          readFileSync(join(fixtures, name, file), "utf8"),
        ) as [string, string]),
      );
    expect(kind("no-text-change")).toEqual([
      "[none] The two texts are the same: no words, links or formatting differ.",
      "0 words added, 0 words removed.",
      "No section's wording changed.",
    ]);
    expect(kind("formatting")).toEqual([
      "[formatting] Only formatting differs: the words and links are the same.",
      "0 words added, 0 words removed; 2 formatting changes.",
      "No section's wording changed.",
    ]);
    expect(kind("links")).toEqual([
      "[links] Only links differ (2 links): the words are the same.",
      "0 words added, 0 words removed; 2 links changed.",
      "No section's wording changed.",
    ]);
    expect(kind("moved-list-item")).toEqual([
      "[wording] The wording differs.",
      "2 words added, 0 words removed; punctuation: 2 added, 0 removed; 2 passages moved.",
      "Sections whose wording changed [changed]: Definitions #new-definitions",
    ]);
  });
});

describe("the redline's own words in another language", () => {
  const [, german] = siteLanguages({ language: "en", translations: ["de"], interface: {} });
  if (!german) throw new Error("no German");
  const words = redlineWords(german);
  const inGerman = { ...options, words };
  /** The redline's own words: everything but the policy text. */
  function labels(node: ElementContent | Element, inside = false): string {
    if (node.type === "text") return inside ? `${node.value}|` : "";
    if (node.type !== "element") return "";
    const own =
      inside ||
      node.properties["dataRedlineUi"] !== undefined ||
      (Array.isArray(node.properties["className"]) &&
        node.properties["className"].includes("visually-hidden"));
    return node.children.map((child) => labels(child, own)).join("");
  }

  it("labels folds, changes, moves, links, images and formatting in German", () => {
    const said = [
      "collapsed-context",
      "moved-list-item",
      "links",
      "formatting",
      "renumbered-list",
      "paragraph-to-list-item",
    ]
      .map((name) => labels(inlineTree(scenario(name), inGerman)))
      .join("");
    expect(said).toContain("Unverändert: ");
    expect(said).toMatch(/Änderung 1 von \d/);
    expect(said).toContain("nächste");
    expect(said).toContain("Verschoben ");
    expect(said).toContain("Hierher verschoben von ");
    expect(said).toMatch(/\(Link (hinzugefügt|entfernt|geändert): /);
    expect(said).toContain("gestrichen: ");
    expect(said).toContain("eingefügt: ");
    expect(said).toContain("Formatierung geändert: ");
    expect(said).not.toMatch(
      /unchanged|Change \d|Moved|link (added|removed|changed)|deleted: |inserted: |[Ff]ormatting changed|renumbered/,
    );
    const image = labels(
      inlineTree(redlineOf("![Our logo](/a.png) here", "![Our new logo](/a.png) here"), inGerman),
    );
    expect(image).toContain("[Bild: ");
    expect(image).not.toContain("[image: ");
  });

  it("counts with the language's words, and joins the fold rows of the side-by-side view", () => {
    expect(collapsedLabel(["paragraph", "paragraph", "heading", "list item"], words)).toBe(
      "Unverändert: 2 Absätze, 1 Überschrift und 1 Listenpunkt",
    );
    const html = toHtml(sideBySideTree(scenario("collapsed-context"), inGerman));
    expect(html).toContain("(in der Ansicht im Text)");
    expect(html).not.toContain("inline view");
    const summary = summaryView(scenario("links"), { words });
    expect(summary.wordCounts).toMatch(/^\d+ Wörter? hinzugefügt, \d+ Wörter? entfernt/);
    expect(summary.textChange.sentence).toMatch(/^Nur Links unterscheiden sich \(\d+ Links?\)/);
  });
});
