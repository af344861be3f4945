/**
 * The seed site as a reader gets it: the built HTML of every page type.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Element } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toString as hastToString } from "hast-util-to-string";
import { visit } from "unist-util-visit";
import { beforeAll, describe, expect, it } from "vitest";
import { fixturesDir } from "../support/build.ts";
import { AFTER_NOTICE, IN_NOTICE, builtSite } from "../support/sites.ts";

let inNotice: string;
let afterNotice: string;
const page = (site: string, path: string) => readFileSync(join(site, path, "index.html"), "utf8");
/** Visible text, roughly: tags dropped, whitespace folded. */
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

beforeAll(async () => {
  inNotice = await builtSite(IN_NOTICE);
  afterNotice = await builtSite(AFTER_NOTICE);
});

describe("the seed site", () => {
  it("lists the policies with their current effective date and latest change", () => {
    const home = text(page(inNotice, "."));
    expect(home).toContain("Privacy Policy");
    expect(home).toContain("Effective March 15, 2014");
    expect(home).toMatch(/Latest change: takes effect December 16, 2026 \(material\)/);
  });

  it("serves the version in effect today at /privacy/, with its date, contents and related sites", () => {
    const html = page(inNotice, "privacy");
    expect(html).toMatch(/<html lang="en"/);
    expect(html).toContain("<h1>Privacy Policy</h1>");
    expect(text(html)).toContain("Effective March 15, 2014");
    expect(html).toContain('<h3 id="use-of-cookies">Use of Cookies</h3>');
    expect(html).toContain('<a href="#use-of-cookies">Use of Cookies</a>');
    expect(text(html)).toContain("within a reasonable period of time after receipt");
    expect(html).toContain('<a href="https://www.isocket.com">iSocket</a>');
    expect(html).toContain('<link rel="canonical" href="https://policies.isocket.com/privacy/"');
    expect(html).toContain('<link rel="privacy-policy" href="/privacy/"');
  });

  it("after the change takes effect, /privacy/ is the new version", () => {
    const html = text(page(afterNotice, "privacy"));
    expect(html).toContain("Effective December 16, 2026");
    expect(html).toContain("Data Retention");
    expect(html).toContain("within 30 days of receipt");
  });

  it("publishes every version at its permanent URL with its status and neighbours", () => {
    const past = page(afterNotice, "privacy/2014-03-15");
    expect(text(past)).toContain("Archived: in effect from March 15, 2014 until December 16, 2026");
    expect(past).toContain('href="/privacy/2026-12-16/" rel="next"');
    expect(past).toContain(
      '<link rel="canonical" href="https://policies.isocket.com/privacy/2014-03-15/"',
    );

    const upcoming = page(inNotice, "privacy/2026-12-16");
    expect(text(upcoming)).toContain("Upcoming: takes effect on December 16, 2026");
    expect(upcoming).toContain('href="/privacy/2014-03-15/" rel="prev"');
    expect(text(page(inNotice, "privacy/2014-03-15"))).toContain(
      "Current: in effect since March 15, 2014",
    );
  });

  it("lists every version newest first in the history, with dates, kind of change and summary", () => {
    const html = page(inNotice, "privacy/history");
    const rows = [...html.matchAll(/<tr data-version="([\d-]+)"/g)].map((match) => match[1]);
    expect(rows).toEqual(["2026-12-16", "2014-03-15"]);
    const content = text(html);
    expect(content).toMatch(
      /December 16, 2026 .*November 16, 2026 Material Wording changed 1,155 words, Flesch 44.9 Illustrative sample content/,
    );
    expect(content).toMatch(
      /March 15, 2014 .*March 15, 2014 Editorial First version 1,081 words, Flesch 43.6 —/,
    );
  });

  it("needs no JavaScript to read a policy: the text is in the HTML; scripts only add the print date, the copy button and the notice clock", () => {
    const scripts = (site: string, path: string) =>
      (page(site, path).match(/<script[^>]*src="([^"]+)"/g) ?? []).map(
        (tag) => /\/_astro\/([A-Za-z]+)\.astro/.exec(tag)?.[1],
      );
    expect(scripts(afterNotice, "privacy/history")).toEqual([]);
    for (const path of ["privacy", "privacy/2014-03-15", "privacy/2026-12-16"]) {
      expect(text(page(afterNotice, path)), path).toContain("Use of Cookies");
      expect(scripts(afterNotice, path), path).toEqual(["VersionProvenance"]);
    }
    // During the notice, the tiny notice clock (no search code) re-checks the dates.
    expect(scripts(inNotice, "privacy")).toEqual(["NoticeClock", "VersionProvenance"]);
    expect(page(inNotice, "privacy")).not.toContain("pagefind");
  });
});

const DATA_BLOCKS = ["application/json", "application/ld+json"];

describe("a site whose policy titles are written as markup", () => {
  // tests/fixtures/hostile-title: a terms policy titled `</script><script>alert(2)</script> & "Terms"`.
  let hostile: string;
  beforeAll(async () => {
    hostile = await builtSite("2026-12-20", join(fixturesDir, "hostile-title"));
  });

  it("shows the title as text on every page, never as markup: no page has a runnable script that calls alert", () => {
    const pages = readdirSync(hostile, { recursive: true, encoding: "utf8" }).filter((file) =>
      file.endsWith(".html"),
    );
    expect(pages.length).toBeGreaterThan(10);
    for (const file of pages) {
      const scripts: string[] = [];
      visit(fromHtml(readFileSync(join(hostile, file), "utf8")), "element", (element: Element) => {
        // Data blocks (JSON, and JSON-LD) carry the title as data; they never run.
        const type = String(element.properties["type"] ?? "");
        if (element.tagName === "script" && !DATA_BLOCKS.includes(type))
          scripts.push(hastToString(element));
      });
      expect(
        scripts.filter((script) => script.includes("alert(")),
        file,
      ).toEqual([]);
    }
  });

  it("gives the title in the version page's JSON-LD, escaped, reading back as written", () => {
    const html = page(hostile, "privacy/2020-01-01");
    const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1] ?? "";
    expect(json).not.toMatch(/[<>]/);
    expect((JSON.parse(json) as { name: string }).name).toBe("<img src=x onerror=alert(1)>");
  });

  it("embeds the date lookup's timeline as JSON that reads back as the title", () => {
    const html = page(hostile, "terms/on");
    const json = /<script type="application\/json" data-lookup-timeline>(.*?)<\/script>/s.exec(
      html,
    )?.[1];
    expect(json).toBeDefined();
    expect((JSON.parse(json ?? "") as { title: string }).title).toBe(
      '</script><script>alert(2)</script> & "Terms"',
    );
  });
});
