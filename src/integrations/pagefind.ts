/**
 * The search index, written with Pagefind's Node API at the end of the build (the Redline
 * integration's last step), so `npm run build` leaves a complete `pagefind/` folder next
 * to the pages.
 *
 * Only the policy text is indexed, from the site model: each version's rendered text is
 * split into sections and each distinct section text becomes one record
 * (src/search/search-records.ts explains why). Any error Pagefind reports fails the build,
 * so build-site.ts keeps the previous site instead of publishing one with a broken or
 * missing search.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as pagefind from "pagefind";
import {
  indexedVersion,
  searchRecords,
  SEARCH_BUNDLES,
  type SearchRecord,
} from "../search/index.ts";
import { localizedPolicy, translationOf, type SiteModel } from "../site/index.ts";

export class SearchIndexError extends Error {
  override name = "SearchIndexError";
}

/** What indexing wrote: the versions read, and the records (distinct sections) of each bundle. */
export interface IndexSummary {
  versions: number;
  records: number;
  recordsInEffect: number;
}

/**
 * Indexes the versions of `model` and writes the two search bundles into `siteDir` (the
 * built site): every version at `/pagefind/`, the versions in effect at
 * `/pagefind/in-effect/` (see SEARCH_BUNDLES).
 */
export async function indexSite(siteDir: string, model: SiteModel): Promise<IndexSummary> {
  // One index per language, in the same bundles: Pagefind keeps each language's records
  // apart and a search page loads the index of its own `<html lang>` (/de/search/ searches
  // German). A translation's tree indexes the versions that have a translation.
  const byLanguage = model.languages.map((language) => ({
    language,
    versions: model.policies.flatMap((policy) =>
      localizedPolicy(policy, language)
        .versions.filter(
          (_, index) =>
            language.authoritative ||
            translationOf(policy.versions[index] ?? policy.latest, language.tag),
        )
        .map(indexedVersion),
    ),
  }));
  const versions = byLanguage.flatMap((each) => each.versions);
  const records = byLanguage.flatMap((each) => searchRecords(each.versions, each.language));
  if (records.length === 0) {
    throw new SearchIndexError("Search index: no version has policy text to index.");
  }
  // Empty when every policy is still upcoming. The search page then loads no index (it
  // says nothing is in effect yet), but the bundle is written all the same, so that
  // /pagefind/in-effect/ always exists.
  const recordsInEffect = byLanguage.flatMap((each) =>
    searchRecords(
      each.versions.filter((version) => version.status === "current"),
      each.language,
    ),
  );
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
