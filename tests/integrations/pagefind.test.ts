/**
 * The search bundles the build writes: complete, holding each section text once, and a
 * build that cannot index fails instead of publishing a site without search.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  bundleRecordCount,
  indexSite,
  readVersionPages,
  SearchIndexError,
} from "../../src/integrations/pagefind.ts";
import { IN_NOTICE, builtSite } from "../support/sites.ts";

const VERSION_ATTRIBUTES =
  'data-search-policy="privacy" data-search-title="Privacy Policy" data-search-effective="2020-01-01"';

describe("the Pagefind integration", () => {
  it("leaves two complete bundles in the built site: every version, and the versions in effect", async () => {
    const site = await builtSite(IN_NOTICE);
    const all = join(site, "pagefind");
    const inEffect = join(site, "pagefind/in-effect");
    for (const bundle of [all, inEffect]) {
      for (const file of ["pagefind.js", "pagefind-entry.json", "wasm.en.pagefind"]) {
        expect(existsSync(join(bundle, file)), join(bundle, file)).toBe(true);
      }
    }
    // The seed's 2014 version has 10 sections (its title and nine headings); the 2026 one
    // rewords three of them and adds one. So the full bundle holds 10 + 3 + 1 distinct
    // section texts, and the bundle of versions in effect the 2014 version's 10.
    expect(readVersionPages(site).map((version) => version.sections.length)).toEqual([10, 11]);
    expect(bundleRecordCount(all)).toBe(14);
    expect(bundleRecordCount(inEffect)).toBe(10);
    expect(readdirSync(join(all, "fragment"))).toHaveLength(14);
  });

  it("indexes the policy text of the version pages in a folder and writes the bundles into it", async () => {
    const site = mkdtempSync(join(tmpdir(), "redline-pagefind-"));
    mkdirSync(join(site, "a"));
    writeFileSync(
      join(site, "a/index.html"),
      `<!doctype html><html lang="en"><body><nav>Menu</nav><div data-pagefind-body ${VERSION_ATTRIBUTES} data-search-status="current"><h2 id="x">X</h2><p>Cookies</p></div></body></html>`,
    );
    writeFileSync(
      join(site, "index.html"),
      '<!doctype html><html lang="en"><body><p>Home</p></body></html>',
    );
    expect(await indexSite(site)).toEqual({ versions: 1, records: 1, recordsInEffect: 1 });
    expect(bundleRecordCount(join(site, "pagefind"))).toBe(1);
    expect(bundleRecordCount(join(site, "pagefind/in-effect"))).toBe(1);
  });

  it("writes an empty bundle of versions in effect when every version is still upcoming", async () => {
    const site = mkdtempSync(join(tmpdir(), "redline-pagefind-"));
    writeFileSync(
      join(site, "index.html"),
      `<!doctype html><html lang="en"><body><div data-pagefind-body ${VERSION_ATTRIBUTES} data-search-status="upcoming"><p>Soon.</p></div></body></html>`,
    );
    expect(await indexSite(site)).toEqual({ versions: 1, records: 1, recordsInEffect: 0 });
    expect(bundleRecordCount(join(site, "pagefind/in-effect"))).toBe(0);
    expect(existsSync(join(site, "pagefind/in-effect/pagefind.js"))).toBe(true);
  });

  it("fails, naming the page, when policy text does not say which version it is", async () => {
    const site = mkdtempSync(join(tmpdir(), "redline-pagefind-"));
    writeFileSync(
      join(site, "index.html"),
      '<!doctype html><html lang="en"><body><div data-pagefind-body><p>Text</p></div></body></html>',
    );
    await expect(indexSite(site)).rejects.toThrow(`${join(site, "index.html")}: the policy text`);
    expect(existsSync(join(site, "pagefind"))).toBe(false);
  });

  it("fails, writing nothing, when there is no policy text to index", async () => {
    const site = mkdtempSync(join(tmpdir(), "redline-pagefind-"));
    await expect(indexSite(site)).rejects.toThrow(SearchIndexError);
    await expect(indexSite(site)).rejects.toThrow(`no page of ${site} has policy text to index`);
    expect(existsSync(join(site, "pagefind"))).toBe(false);
  });
});
