/**
 * The change notice and the changes page in the built seed site, as of days before,
 * inside and after the illustrative change's notice window (announced 2026-11-16,
 * effective 2026-12-16, 30 days' notice).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { fixturesDir } from "../support/build.ts";
import { AFTER_NOTICE, BEFORE_NOTICE, IN_NOTICE, builtSite } from "../support/sites.ts";

let inNotice: string;
let afterNotice: string;
let beforeNotice: string;
const page = (site: string, path: string) => readFileSync(join(site, path, "index.html"), "utf8");
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
/** The notice element's HTML (up to its closing tag), if any. */
const notice = (html: string) =>
  /<section[^>]*data-policy-notice[\s\S]*?<\/section>/.exec(html)?.[0];

beforeAll(async () => {
  inNotice = await builtSite(IN_NOTICE);
  afterNotice = await builtSite(AFTER_NOTICE);
  beforeNotice = await builtSite(BEFORE_NOTICE);
});

describe("the change notice", () => {
  it.each(["privacy", "privacy/2014-03-15", "privacy/2026-12-16"])(
    "inside the window, /%s/ says the policy will change, with the date and a link to the changes",
    (path) => {
      const html = notice(page(inNotice, path));
      expect(html).toBeDefined();
      expect(text(html ?? "")).toMatch(
        /^This policy will change on December 16, 2026 , 18 days from today Announced on November 16, 2026 , with 30 days' notice of a material change \. What changes : Illustrative sample content/,
      );
      expect(html).toContain('<time datetime="2026-12-16">December 16, 2026</time>');
      expect(html).toContain('<time datetime="2026-11-16">November 16, 2026</time>');
      expect(html).toMatch(
        /<a href="\/privacy\/changes\/2026-12-16\/"[^>]*>\s*See what changes\s*<\/a>/,
      );
    },
  );

  it("is not part of the searchable policy text", () => {
    const html = page(inNotice, "privacy/2014-03-15");
    const body = /<div[^>]*data-pagefind-body[\s\S]*$/.exec(html)?.[0];
    expect(body).toContain("Use of Cookies");
    expect(body).not.toContain("data-policy-notice");
  });

  it.each([
    ["before it is announced", () => beforeNotice],
    ["after the window", () => afterNotice],
  ])("is absent %s", (_, site) => {
    for (const path of ["privacy", "privacy/2014-03-15", "privacy/2026-12-16"]) {
      expect(page(site(), path)).not.toContain("data-policy-notice");
    }
  });

  it("pages built while 2014 is current carry a hidden 'newer version' line for the script; later builds do not", () => {
    expect(page(inNotice, "privacy")).toMatch(
      /<p[^>]*data-newer-version="2026-12-16"[^>]*hidden[^>]*>\s*A newer version took effect on <time datetime="2026-12-16">December 16, 2026<\/time>:\s*<a href="\/privacy\/2026-12-16\/">read it<\/a>/,
    );
    expect(page(afterNotice, "privacy")).not.toContain("data-newer-version");
    expect(page(afterNotice, "privacy/2014-03-15")).not.toContain("data-newer-version");
  });
});

describe("the changes page of the illustrative change", () => {
  let html: string;
  beforeAll(() => {
    html = page(inNotice, "privacy/changes/2026-12-16");
  });

  it("says when, what kind, and the editor's summary", () => {
    const facts = text(/<dl[^>]*data-change-facts[\s\S]*?<\/dl>/.exec(html)?.[0] ?? "");
    expect(facts).toContain("Effective December 16, 2026");
    expect(facts).toContain("Announced November 16, 2026");
    expect(facts).toContain("Change Material");
    expect(text(html)).toContain("adds a Data Retention section");
  });

  it("summarises sections added and changed, linking into the redline, with word counts", () => {
    const summary = /<section[^>]*data-redline-summary[\s\S]*?<\/section>/.exec(html)?.[0] ?? "";
    expect(summary).toMatch(
      /<ul data-sections="added">\s*<li>\s*<a href="#new-data-retention">Data Retention<\/a>/,
    );
    expect(text(summary)).toMatch(/Sections whose wording changed .*Access to your information/);
    expect(summary).toContain('<p class="text-change" data-text-change="wording">');
    expect(text(summary)).toMatch(/\d+ words added, \d+ words removed[;.]/);
    expect(html).toContain('id="new-data-retention"');
    expect(html).toContain('id="new-access-to-your-information"');
  });

  it("marks the removed and inserted words with <del>/<ins> and words for screen readers", () => {
    expect(html).toContain(
      'within <del><span class="visually-hidden" data-redline-ui="">deleted: </span>a reasonable period</del> <ins><span class="visually-hidden" data-redline-ui="">inserted: </span>30 days</ins> of <del><span class="visually-hidden" data-redline-ui="">deleted: </span>time after</del> receipt.',
    );
  });

  it("has both views reachable from in-page links: inline and side by side", () => {
    expect(html).toContain('<a href="#inline">Inline</a>');
    expect(html).toContain('<a href="#side-by-side">Side by side</a>');
    expect(html).toMatch(/<table[^>]*data-redline-side-by-side/);
    const sideBySide = /<table[^>]*data-redline-side-by-side[\s\S]*<\/table>/.exec(html)?.[0] ?? "";
    // Old column: the removed words only; new column: the added words only.
    expect(sideBySide).toMatch(
      /rl-side--old"[^>]*>[^]*?a reasonable period<\/del>[^]*?<\/td>\s*<td class="rl-side rl-side--new"[^>]*>[^]*?30 days<\/ins>/,
    );
  });

  it("is linked from the version page, the current page after the change, and the history", () => {
    const link = '<a href="/privacy/changes/2026-12-16/"';
    expect(page(inNotice, "privacy/2026-12-16")).toContain(link);
    expect(page(afterNotice, "privacy")).toContain(link);
    expect(page(inNotice, "privacy/history")).toContain(link);
    expect(page(inNotice, "privacy/2014-03-15")).not.toContain("/privacy/changes/2014-03-15/");
    expect(existsSync(join(inNotice, "privacy/changes/2014-03-15"))).toBe(false);
  });
});

describe("the changes pages of tests/fixtures/text-changes (one version per kind of change)", () => {
  let site: string;
  beforeAll(async () => {
    site = await builtSite("2020-06-01", join(fixturesDir, "text-changes"));
  });

  it.each([
    ["2020-02-01", "none", "The two texts are the same: no words, links or formatting differ."],
    ["2020-03-01", "formatting", "Only formatting differs: the words and links are the same."],
    ["2020-04-01", "links", "Only links differ (1 link): the words are the same."],
    ["2020-05-01", "wording", "The wording differs."],
  ])("%s says its kind, %s, in words and on one data-text-change element", (date, kind, words) => {
    const html = page(site, `privacy/changes/${date}`);
    expect([...html.matchAll(/data-text-change="([^"]*)"/g)].map((m) => m[1])).toEqual([kind]);
    expect(text(/<p class="text-change"[^]*?<\/p>/.exec(html)?.[0] ?? "")).toBe(words);
  });

  it("the history gives each version's kind of change", () => {
    const html = page(site, "privacy/history");
    expect(
      // The kind of change opens its cell; the version's length and reading ease follow it.
      [
        ...html.matchAll(/<td[^>]*data-text-change="([^"]*)"[^>]*>\s*([^<]*?)\s*<(?:\/td|br)>/g),
      ].map((m) => `${m[1]}: ${m[2]}`),
    ).toEqual([
      "wording: Wording changed",
      "links: Links only",
      "formatting: Formatting only",
      "none: Text unchanged",
      "first: First version",
    ]);
  });

  it("every in-page link on a changes page leads to an element of that page", () => {
    for (const date of ["2020-02-01", "2020-03-01", "2020-04-01", "2020-05-01"]) {
      const html = page(site, `privacy/changes/${date}`);
      const ids = new Set([...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));
      const targets = [...html.matchAll(/href="#([^"]*)"/g)].map((m) => m[1]);
      expect(targets.length).toBeGreaterThan(0);
      expect(targets.filter((target) => !ids.has(target))).toEqual([]);
    }
  });

  it("no changes page has an empty <del> or <ins>", () => {
    for (const date of ["2020-02-01", "2020-03-01", "2020-04-01", "2020-05-01"]) {
      const html = page(site, `privacy/changes/${date}`);
      expect(html).not.toMatch(
        /<(del|ins)>(<span class="visually-hidden"[^>]*>[^<]*<\/span>)?\s*<\/\1>/,
      );
    }
  });

  it("version pages hold the policy text in data-policy-body", () => {
    const html = page(site, "privacy/2020-05-01");
    expect(html).toMatch(
      /<div class="policy-body" data-policy-body[^>]*>\s*<h2[^>]*>Privacy<\/h2>/,
    );
  });
});

describe("the compare page without JavaScript", () => {
  it("is a GET form with two labelled lists of versions, and lists each version's changes page", () => {
    const html = page(inNotice, "privacy/compare");
    expect(html).toMatch(/<form[^>]*method="get"[^>]*action="\/privacy\/compare\/"/);
    expect(html).toMatch(/<label for="compare-from">/);
    expect(html).toMatch(/<select id="compare-from" name="from">/);
    expect(html).toMatch(/<select id="compare-to" name="to">/);
    expect(html).toContain('<option value="2014-03-15"');
    expect(html).toContain('<a href="/privacy/changes/2026-12-16/">');
  });

  it("publishes each version's packed blocks for the browser", () => {
    const packed = JSON.parse(
      readFileSync(join(inNotice, "privacy/compare/2026-12-16.json"), "utf8"),
    );
    expect(packed.type).toBe("redline-packed-version");
    expect(packed.blocks.length).toBeGreaterThan(10);
  });
});
