/**
 * npm run verify -- <dist-folder-or-url> [--content dir]
 * Checks a built or deployed site against the content and content/published.lock: each
 * version's raw Markdown byte for byte, its SHA-256 in the lock and on its page.
 * Prints every mismatch, naming the version, and exits 1 if there is any.
 */
import { parseArgs } from "node:util";
import { resolve } from "node:path";
import { reportFailure } from "../src/commands/cli.ts";
import { UsageError } from "../src/content/content-error.ts";
import { loadContent } from "../src/content/content.ts";
import { contentDirectory } from "../src/content/content-dir.ts";
import { ContentError } from "../src/content/content-error.ts";
import { readLock } from "../src/archive/lock.ts";
import { siteReader, verifySite } from "../src/archive/verify.ts";

const USAGE = "usage: npm run verify -- <dist-folder-or-url> [--content dir]";

try {
  const { values, positionals } = parseArgs({
    options: { content: { type: "string" } },
    allowPositionals: true,
    strict: true,
  });
  const [location, ...extra] = positionals;
  if (!location || extra.length > 0) throw new UsageError(USAGE);
  const projectRoot = process.cwd();
  const contentDir = contentDirectory(projectRoot, values.content);
  const content = loadContent(contentDir, projectRoot);
  const lock = readLock(contentDir, projectRoot);
  if (!lock.ok) throw new ContentError(lock.problems);
  const isUrl = /^https?:\/\//i.test(location);
  const site = isUrl ? location : resolve(location);
  const mismatches = await verifySite({
    read: siteReader(site),
    content,
    lock: lock.value,
  });
  if (mismatches.length > 0) {
    console.error(`✗ ${site} does not match the content and ${lock.file}:`);
    for (const mismatch of mismatches) console.error(`  ${mismatch}`);
    process.exit(1);
  }
  console.log(
    `✓ ${site} matches the content and ${lock.file}: ${content.versions.length} versions${content.site.pdf ? " and their PDFs" : ""} verified byte for byte.`,
  );
} catch (error) {
  reportFailure(error, USAGE);
}
