/**
 * The search bundles the build writes: complete, holding each section text once, and a
 * build that cannot index fails instead of publishing a site without search.
 */
import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bundleRecordCount, indexSite, SearchIndexError } from "../../src/integrations/pagefind.ts";
import { validateSite } from "../../src/build/validate-site.ts";
import { indexedVersion } from "../../src/search/search-records.ts";
import { seedContent, writeContent } from "../support/build.ts";
import { IN_NOTICE, builtSite } from "../support/sites.ts";

/** The site model of content written for one test, as of `asOf`. */
function modelOf(files: Record<string, string>, asOf = "2026-11-28") {
  const contentDir = writeContent(files);
  return validateSite({ contentDir, projectRoot: contentDir, asOf });
}

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
    const model = validateSite({
      contentDir: seedContent,
      projectRoot: seedContent,
      asOf: IN_NOTICE,
    });
    const versions = model.policies.flatMap((policy) => policy.versions.map(indexedVersion));
    expect(versions.map((version) => version.sections.length)).toEqual([10, 11]);
    expect(bundleRecordCount(all)).toBe(14);
    expect(bundleRecordCount(inEffect)).toBe(10);
    expect(readdirSync(join(all, "fragment"))).toHaveLength(14);
  });

  it("indexes the policy text of the model's versions and writes the bundles into the site", async () => {
    const site = mkdtempSync(join(tmpdir(), "redline-pagefind-"));
    const model = modelOf({
      "privacy/2020-01-01.md": "---\ntitle: Privacy Policy\n---\n\n## X\n\nCookies\n",
    });
    expect(await indexSite(site, model)).toEqual({ versions: 1, records: 1, recordsInEffect: 1 });
    expect(bundleRecordCount(join(site, "pagefind"))).toBe(1);
    expect(bundleRecordCount(join(site, "pagefind/in-effect"))).toBe(1);
  });

  it("writes an empty bundle of versions in effect when every version is still upcoming", async () => {
    const site = mkdtempSync(join(tmpdir(), "redline-pagefind-"));
    const model = modelOf({
      "privacy/2030-01-01.md": "---\ntitle: Privacy Policy\n---\n\nSoon.\n",
    });
    expect(await indexSite(site, model)).toEqual({ versions: 1, records: 1, recordsInEffect: 0 });
    expect(bundleRecordCount(join(site, "pagefind/in-effect"))).toBe(0);
    expect(existsSync(join(site, "pagefind/in-effect/pagefind.js"))).toBe(true);
  });

  it("fails, writing nothing, when there is no policy text to index", async () => {
    const site = mkdtempSync(join(tmpdir(), "redline-pagefind-"));
    const model = {
      ...modelOf({ "privacy/2020-01-01.md": "---\ntitle: T\n---\n\nText\n" }),
      policies: [],
    };
    await expect(indexSite(site, model)).rejects.toThrow(SearchIndexError);
    await expect(indexSite(site, model)).rejects.toThrow("no version has policy text to index");
    expect(existsSync(join(site, "pagefind"))).toBe(false);
  });
});
