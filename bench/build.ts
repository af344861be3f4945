/**
 * Build speed: Redline's build of the corpus beside a plain Astro build of the same
 * Markdown pages (bench/plain-astro), on the same machine in the same run. Each build
 * runs in its own process, as `npm run build` does, best of `runs`.
 *
 *   npx tsx bench/build.ts [corpusDir]
 */
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { reportFailure } from "../src/commands/cli.ts";
import { formatDuration, stage } from "../src/build/stages.ts";
import {
  buildRedlineSite,
  corpusContent,
  corpusDirectory,
  corpusFiles,
  runTimed,
} from "./corpus-site.ts";

const root = resolve(import.meta.dirname, "..");
const astro = join(root, "node_modules/astro/astro.js");
const plainRoot = join(root, "bench/plain-astro");

function countPages(dir: string): number {
  let pages = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name === "index.html") pages++;
  }
  return pages;
}

/** Returns the folder of the Redline site it built, for the search bench to reuse. */
export async function benchBuild(corpusDir: string, runs = 2): Promise<string> {
  const log = (line: string) => console.log(line);
  const versions = corpusFiles(corpusDir).length;
  const content = corpusContent(corpusDir);
  const out = mkdtempSync(join(tmpdir(), "redline-bench-build-"));
  log(`Build speed: ${versions} versions from ${corpusDir}, best of ${runs} runs each`);

  const redline = await stage(
    "Redline build (npm run build)",
    () => {
      const times = Array.from({ length: runs }, () =>
        buildRedlineSite(content, join(out, "redline")),
      );
      return times.reduce((best, run) => (run.ms < best.ms ? run : best));
    },
    log,
  );
  const plain = await stage(
    "Plain Astro build of the same Markdown (bench/plain-astro)",
    () => {
      const times = Array.from({ length: runs }, () => {
        // Astro caches rendered Markdown between builds (node_modules/.astro); Redline's
        // build never reuses one, so the baseline starts cold too, or it would compare a
        // cached render against a full one.
        for (const cache of ["node_modules/.astro", ".astro"]) {
          rmSync(join(plainRoot, cache), { recursive: true, force: true });
        }
        // Run from its own folder with outDir inside it: Astro stages its server chunks in
        // ./.astro/ of the working directory when outDir lies elsewhere.
        return runTimed(
          [astro, "build", "--outDir", join(plainRoot, ".dist-bench"), "--silent"],
          { PLAIN_CORPUS_DIR: content + "/privacy" },
          plainRoot,
        );
      });
      return times.reduce((best, run) => (run.ms < best.ms ? run : best));
    },
    log,
  );

  const astroStage = /✓ Building pages with Astro \(([\d.]+) (ms|s)\)/.exec(redline.stdout);
  const astroMs = astroStage ? Number(astroStage[1]) * (astroStage[2] === "s" ? 1000 : 1) : NaN;
  const redlinePages = countPages(join(out, "redline"));
  const plainPages = countPages(join(plainRoot, ".dist-bench"));
  log("");
  log(
    `  Redline:     ${formatDuration(redline.ms).padStart(9)} for ${redlinePages} pages (version, changes, history… pages, search index, feeds)`,
  );
  log(
    `  Plain Astro: ${formatDuration(plain.ms).padStart(9)} for ${plainPages} pages (one per version)`,
  );
  log(`  Ratio Redline / plain: ${(redline.ms / plain.ms).toFixed(2)}× (aim: ≤ 1.1×)`);
  const megabytes = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;
  log(
    `  Peak memory (RSS): Redline ${megabytes(redline.peakRssKb)}, plain Astro ${megabytes(plain.peakRssKb)}, ratio ${(redline.peakRssKb / plain.peakRssKb).toFixed(2)}× (aim: ≤ 1.5×)`,
  );
  if (Number.isFinite(astroMs)) log(`  Of which Redline's Astro stage: ${formatDuration(astroMs)}`);
  log(
    redline.stdout
      .split("\n")
      .filter((line) => line.startsWith("✓"))
      .map((line) => `    ${line}`)
      .join("\n"),
  );
  return join(out, "redline");
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    await benchBuild(corpusDirectory(process.argv[2]));
  } catch (error) {
    reportFailure(error);
  }
}
