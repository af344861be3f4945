/**
 * Built sites shared by the test files: each (content, AS_OF) pair is built once and
 * reused while the sources are unchanged, so the suite does not rebuild the same site
 * in every file. The cache key covers everything a build reads.
 */
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { buildSite, projectRoot, seedContent } from "./build.ts";

/** Inside the notice window of the illustrative version (announced 2026-11-16, effective 2026-12-16). */
export const IN_NOTICE = "2026-11-28";
/** After the notice window: the illustrative version is in effect. */
export const AFTER_NOTICE = "2027-02-01";
/** Before the illustrative version was announced: no notice, one version in effect. */
export const BEFORE_NOTICE = "2026-06-01";

const CACHE = join(tmpdir(), "redline-test-sites");
const INPUTS = [
  "src",
  "public",
  "astro.config.mjs",
  "tsconfig.json",
  "package-lock.json",
  "scripts/build.ts",
  "scripts/run.mjs",
  "package.json",
];

function hashTree(hash: ReturnType<typeof createHash>, path: string) {
  if (!existsSync(path)) return;
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path).sort()) hashTree(hash, join(path, name));
  } else {
    hash.update(relative(projectRoot, path)).update(readFileSync(path));
  }
}

/** What a built site depends on: the day, the sources and the content. */
function cacheKey(asOf: string, contentDir: string): string {
  const hash = createHash("sha256").update(asOf);
  for (const input of INPUTS) hashTree(hash, join(projectRoot, input));
  hashTree(hash, contentDir);
  return hash.digest("hex").slice(0, 16);
}

/** The built `dist/` of `contentDir` as of `asOf`, built now or taken from the cache. */
export async function builtSite(asOf: string, contentDir = seedContent): Promise<string> {
  const key = cacheKey(asOf, contentDir);
  const site = join(CACHE, key, "dist");
  const lock = join(CACHE, `${key}.lock`);
  mkdirSync(CACHE, { recursive: true });

  for (const started = Date.now(); Date.now() - started < 300_000;) {
    if (existsSync(join(CACHE, key, "complete"))) return site;
    try {
      // A lock left by a test run that was killed mid-build is stale after ten minutes.
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 600_000)
        rmSync(lock, { recursive: true });
      mkdirSync(lock);
    } catch {
      // Another test file is building this site: wait for it.
      await new Promise((resolve) => setTimeout(resolve, 250));
      continue;
    }
    try {
      rmSync(join(CACHE, key), { recursive: true, force: true });
      await buildSite({ contentDir, asOf, outDir: site });
      // Others edit the tree while tests run: a site built from sources that changed
      // during the build is used once but never cached under the key of the old sources.
      if (cacheKey(asOf, contentDir) === key) writeFileSync(join(CACHE, key, "complete"), "");
      return site;
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
  throw new Error(`timed out waiting for the build of ${contentDir} as of ${asOf}`);
}
