/**
 * Astro integration: indexes the built site with Pagefind's Node API at the end of the
 * build, so `npm run build` leaves a complete `pagefind/` folder next to the pages.
 *
 * Only the policy text is indexed: version pages mark it with `data-pagefind-body`, and
 * once any page does, Pagefind leaves out every page that does not. Any error Pagefind
 * reports fails the build, so build-site.ts keeps the previous site instead of
 * publishing one with a broken or missing search.
 */
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import type { AstroIntegration } from "astro";
import * as pagefind from "pagefind";

/** Where the search bundle goes, under the site's root: `/pagefind/pagefind.js`. */
export const PAGEFIND_FOLDER = "pagefind";

export class SearchIndexError extends Error {
  override name = "SearchIndexError";
}

/** Indexes `siteDir` (a built site) and writes the bundle into `siteDir/pagefind`. Returns the page count. */
export async function indexSite(siteDir: string): Promise<number> {
  const fail = (step: string, errors: readonly string[]) =>
    new SearchIndexError(`Search index: ${step} failed:\n  ${errors.join("\n  ")}`);
  try {
    // The site is in English; forcing it keeps one index even if a page's language is odd.
    const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
    if (!index || errors.length > 0) throw fail("creating the index", errors);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw fail(`indexing ${siteDir}`, added.errors);
    // addDirectory counts the HTML files it read; the bundle's entry file counts the pages
    // that made it into the index.
    const built = await index.getFiles();
    if (built.errors.length > 0) throw fail("building the index", built.errors);
    const indexed = indexedPageCount(built.files);
    if (indexed === 0) {
      throw new SearchIndexError(
        `Search index: no page of ${siteDir} has policy text to index (data-pagefind-body).`,
      );
    }
    const written = await index.writeFiles({ outputPath: join(siteDir, PAGEFIND_FOLDER) });
    if (written.errors.length > 0) throw fail("writing the index", written.errors);
    return indexed;
  } finally {
    // The Node API runs Pagefind as a child process: stop it so the build can exit.
    await pagefind.close();
  }
}

/** Pages in the index, from the bundle's `pagefind-entry.json`. */
function indexedPageCount(files: readonly { path: string; content: Uint8Array }[]): number {
  const entry = files.find((file) => file.path.endsWith("pagefind-entry.json"));
  if (!entry) return 0;
  const { languages } = JSON.parse(new TextDecoder().decode(entry.content)) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(languages).reduce((sum, language) => sum + language.page_count, 0);
}

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: "redline:pagefind",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const pages = await indexSite(fileURLToPath(dir));
        logger.info(`Indexed ${pages} version page${pages === 1 ? "" : "s"} for search`);
      },
    },
  };
}
