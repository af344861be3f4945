/**
 * Astro integration: indexes the built site with Pagefind's Node API at the end of the
 * build, so `npm run build` leaves a complete `pagefind/` folder next to the pages.
 *
 * Only the policy text is indexed. Version pages mark it with `data-pagefind-body` and
 * name their version in `data-search-*` attributes; the text is split into sections and
 * each distinct section text becomes one record (src/search/search-records.ts explains why).
 * Any error Pagefind reports fails the build, so build-site.ts keeps the previous site
 * instead of publishing one with a broken or missing search.
 */
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import type { AstroIntegration } from "astro";
import * as pagefind from "pagefind";
import {
  indexedVersionFromPage,
  searchRecords,
  type IndexedVersion,
  type SearchRecord,
} from "../search/index.ts";
import { SEARCH_BUNDLES } from "../search/index.ts";

export class SearchIndexError extends Error {
  override name = "SearchIndexError";
}

/** The version pages of a built site, read from its HTML files, in path order. */
export function readVersionPages(siteDir: string): IndexedVersion[] {
  const files = readdirSync(siteDir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".html"))
    .sort();
  return files.flatMap((file) => {
    const path = join(siteDir, file);
    return indexedVersionFromPage(readFileSync(path, "utf8"), path) ?? [];
  });
}

/** What indexing wrote: the versions read, and the records (distinct sections) of each bundle. */
export interface IndexSummary {
  versions: number;
  records: number;
  recordsInEffect: number;
}

/**
 * Indexes `siteDir` (a built site) and writes its two search bundles into it: every
 * version at `/pagefind/`, the versions in effect at `/pagefind/in-effect/` (see
 * SEARCH_BUNDLES).
 */
export async function indexSite(siteDir: string): Promise<IndexSummary> {
  const versions = readVersionPages(siteDir);
  const records = searchRecords(versions);
  if (records.length === 0) {
    throw new SearchIndexError(
      `Search index: no page of ${siteDir} has policy text to index (data-pagefind-body).`,
    );
  }
  // Empty when every policy is still upcoming. The search page then loads no index (it
  // says nothing is in effect yet), but the bundle is written all the same, so that
  // /pagefind/in-effect/ always exists.
  const recordsInEffect = searchRecords(versions.filter((version) => version.status === "current"));
  try {
    // The full bundle first: Pagefind may clear its output folder, which holds the other.
    await writeBundle(records, join(siteDir, bundleFolder(SEARCH_BUNDLES.all)));
    await writeBundle(recordsInEffect, join(siteDir, bundleFolder(SEARCH_BUNDLES.inEffect)));
    return {
      versions: versions.length,
      records: records.length,
      recordsInEffect: recordsInEffect.length,
    };
  } finally {
    // The Node API runs Pagefind as a child process: stop it so the build can exit.
    await pagefind.close();
  }
}

/** `/pagefind/in-effect/` → `pagefind/in-effect`. */
const bundleFolder = (path: string) => path.replace(/^\/+|\/+$/g, "");

async function writeBundle(records: readonly SearchRecord[], outputPath: string): Promise<void> {
  const fail = (step: string, errors: readonly string[]) =>
    new SearchIndexError(`Search index: ${step} failed:\n  ${errors.join("\n  ")}`);
  const { index, errors } = await pagefind.createIndex({});
  if (!index || errors.length > 0) throw fail("creating the index", errors);
  for (const record of records) {
    const added = await index.addCustomRecord(record);
    if (added.errors.length > 0) throw fail(`indexing ${record.url}`, added.errors);
  }
  // writeFiles builds the index (getFiles would build it a second time); the count is
  // then read back, because Pagefind keeps one record per URL and would drop a clash.
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw fail(`writing ${outputPath}`, written.errors);
  const indexed = bundleRecordCount(outputPath);
  if (indexed !== records.length) {
    throw new SearchIndexError(
      `Search index: ${records.length} sections were given but ${indexed} were indexed.`,
    );
  }
}

/** The records a written bundle holds, from its `pagefind-entry.json`. */
export function bundleRecordCount(bundleDir: string): number {
  const { languages } = JSON.parse(
    readFileSync(join(bundleDir, "pagefind-entry.json"), "utf8"),
  ) as { languages: Record<string, { page_count: number }> };
  return Object.values(languages).reduce((sum, language) => sum + language.page_count, 0);
}

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: "redline:pagefind",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const { versions, records, recordsInEffect } = await indexSite(fileURLToPath(dir));
        logger.info(
          `Indexed ${records} distinct sections of ${versions} version page${versions === 1 ? "" : "s"} for search (${recordsInEffect} in effect)`,
        );
      },
    },
  };
}
