/**
 * The search index the build writes: complete, covering each version once, and a build
 * that cannot index fails instead of publishing a site without search.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { indexSite, SearchIndexError } from "../../src/integrations/pagefind.ts";
import { IN_NOTICE, builtSite } from "../support/sites.ts";

describe("the Pagefind integration", () => {
  it("leaves a complete pagefind/ in the built site, with each version indexed once", async () => {
    const site = await builtSite(IN_NOTICE);
    const bundle = join(site, "pagefind");
    for (const file of [
      "pagefind.js",
      "pagefind-entry.json",
      "pagefind-worker.js",
      "wasm.en.pagefind",
    ]) {
      expect(existsSync(join(bundle, file)), file).toBe(true);
    }
    const entry = JSON.parse(readFileSync(join(bundle, "pagefind-entry.json"), "utf8")) as {
      languages: Record<string, { page_count: number }>;
    };
    // Two versions in the seed: /privacy/ (same text as the current version) and the
    // history, home and search pages are not indexed.
    expect(entry.languages["en"]?.page_count).toBe(2);
    expect(readdirSync(join(bundle, "fragment"))).toHaveLength(2);
  });

  it("indexes a folder's pages marked data-pagefind-body and writes the bundle into it", async () => {
    const site = mkdtempSync(join(tmpdir(), "redline-pagefind-"));
    mkdirSync(join(site, "a"));
    writeFileSync(
      join(site, "a/index.html"),
      '<!doctype html><html lang="en"><body><nav>Menu</nav><div data-pagefind-body><h2 id="x">X</h2><p>Cookies</p></div></body></html>',
    );
    writeFileSync(
      join(site, "index.html"),
      '<!doctype html><html lang="en"><body><p>Home</p></body></html>',
    );
    expect(await indexSite(site)).toBe(1);
    expect(existsSync(join(site, "pagefind/pagefind.js"))).toBe(true);
  });

  it("fails, writing nothing, when there is no policy text to index", async () => {
    const site = mkdtempSync(join(tmpdir(), "redline-pagefind-"));
    await expect(indexSite(site)).rejects.toThrow(SearchIndexError);
    await expect(indexSite(site)).rejects.toThrow(`no page of ${site} has policy text to index`);
    expect(existsSync(join(site, "pagefind"))).toBe(false);
  });
});
