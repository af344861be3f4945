/**
 * The change notice and the changes page in the built seed site, as of days before,
 * inside and after the illustrative change's notice window (announced 2026-11-16,
 * effective 2026-12-16, 30 days' notice).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
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
    expect(text(summary)).toMatch(/Sections changed .*Access to your information/);
    expect(text(summary)).toMatch(/\d+ words added, \d+ words removed\./);
    expect(html).toContain('id="new-data-retention"');
    expect(html).toContain('id="new-access-to-your-information"');
  });

  it("marks the removed and inserted words with <del>/<ins> and words for screen readers", () => {
    expect(html).toContain(
      'within <del><span class="visually-hidden">deleted: </span>a reasonable period</del> <ins><span class="visually-hidden">inserted: </span>30 days</ins> of <del><span class="visually-hidden">deleted: </span>time after</del> receipt.',
    );
  });

  it("has both views reachable from in-page links: inline and side by side", () => {
    expect(html).toContain('<a href="#inline">Inline</a>');
    expect(html).toContain('<a href="#side-by-side">Side by side</a>');
    expect(html).toMatch(/<table[^>]*data-redline-side-by-side/);
    const sideBySide = /<table[^>]*data-redline-side-by-side[\s\S]*<\/table>/.exec(html)?.[0] ?? "";
    // Old column: the removed words only; new column: the added words only.
    expect(sideBySide).toMatch(
      /rl-side--old">[^]*?a reasonable period<\/del>[^]*?<\/td>\s*<td class="rl-side rl-side--new">[^]*?30 days<\/ins>/,
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
