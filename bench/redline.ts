/**
 * Redline bench: our comparison of every adjacent pair of versions in a corpus, against
 * `git diff --no-index --word-diff` over the same pairs, in the same run.
 *
 *   npx tsx bench/redline.ts [corpusDir]   (default ../shared/corpora/github-privacy-statement)
 *
 * Stages are timed separately because the site parses each version once and reuses the
 * tree: parsing is not part of comparing. Extracting blocks (`prepareVersion`) is timed on
 * its own and the comparison is timed both with and without it.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import matter from "gray-matter";
import { reportFailure } from "../src/commands/cli.ts";
import { parseMarkdown } from "../src/render/markdown.ts";
import type { MdastRoot } from "../src/render/markdown.ts";
import { compareVersions, prepareVersion, sideText, versionText } from "../src/redline/index.ts";
import type { PreparedVersion } from "../src/redline/index.ts";
import { packVersion, unpackVersion } from "../src/redline/index.ts";
import { toHtml } from "hast-util-to-html";
import { inlineTree, sideBySideTree } from "../src/redline/redline-view.ts";
import { SAFE_ENGINES } from "../src/content/version-source.ts";
import { corpusDirectory, corpusFiles } from "./corpus-site.ts";

const SLOW_PAIR_MS = 50;
const STAGE_AIM_MS = 3000;

/** gray-matter can evaluate `---js` front matter: the content loader's engines refuse it. */
const matterOptions = { engines: SAFE_ENGINES };

function ms(value: number): string {
  return `${value.toFixed(1)} ms`;
}

function timed<T>(run: () => T): [T, number] {
  const start = performance.now();
  const result = run();
  return [result, performance.now() - start];
}

interface PairTiming {
  name: string;
  ms: number;
}

function comparePairs(
  versions: readonly (MdastRoot | PreparedVersion)[],
  names: readonly string[],
): PairTiming[] {
  const timings: PairTiming[] = [];
  for (let i = 1; i < versions.length; i += 1) {
    const [, elapsed] = timed(() =>
      compareVersions(versions[i - 1] as MdastRoot, versions[i] as MdastRoot),
    );
    timings.push({ name: `${names[i - 1]} → ${names[i]}`, ms: elapsed });
  }
  return timings;
}

function verdict(met: boolean): string {
  return met ? "met" : "NOT met";
}

interface PairSummary {
  total: number;
  slowest: number;
}

function summarize(label: string, timings: readonly PairTiming[]): PairSummary {
  const total = timings.reduce((sum, t) => sum + t.ms, 0);
  const slowest = timings.reduce<PairTiming | undefined>(
    (worst, t) => (!worst || t.ms > worst.ms ? t : worst),
    undefined,
  );
  const slow = timings.filter((t) => t.ms > SLOW_PAIR_MS).length;
  console.log(
    `  ${label}: ${ms(total)} for ${timings.length} pairs; slowest ${slowest ? `${slowest.name} ${ms(slowest.ms)}` : "-"}; ` +
      `${slow} pair(s) over ${SLOW_PAIR_MS} ms`,
  );
  return { total, slowest: slowest?.ms ?? 0 };
}

export async function benchRedline(corpusDir: string): Promise<void> {
  const dir = resolve(corpusDir);
  const files = corpusFiles(dir);
  const names = files.map((name) => name.replace(/\.md$/, ""));
  console.log(
    `Redline bench on ${dir}: ${files.length} versions, ${Math.max(0, files.length - 1)} adjacent pairs`,
  );

  const [trees, parseMs] = timed(() =>
    files.map((name) =>
      parseMarkdown(matter(readFileSync(join(dir, name), "utf8"), matterOptions).content),
    ),
  );
  console.log(
    `1. read + strip front matter + parse every version once (unified/remark): ${ms(parseMs)}`,
  );

  const [prepared, prepareMs] = timed(() => trees.map(prepareVersion));
  console.log(
    `2. extract blocks and tokens from every tree once (prepareVersion): ${ms(prepareMs)}`,
  );

  console.log("3. compare all adjacent pairs (compareVersions):");
  const cold = summarize(
    "from prepared versions, first run (cold JIT)",
    comparePairs(prepared, names),
  );
  const warm = summarize("from prepared versions, second run", comparePairs(prepared, names));
  const fromTrees = summarize(
    "from mdast trees (block extraction included)",
    comparePairs(trees, names),
  );

  // Correctness check on the real corpus: each side of every redline is exactly its version.
  let mismatches = 0;
  for (let i = 1; i < prepared.length; i += 1) {
    const older = prepared[i - 1];
    const newer = prepared[i];
    if (!older || !newer) continue;
    const redline = compareVersions(older, newer);
    if (
      sideText(redline, "old") !== versionText(older) ||
      sideText(redline, "new") !== versionText(newer)
    ) {
      mismatches += 1;
      console.log(`  side text mismatch: ${names[i - 1]} → ${names[i]}`);
    }
  }
  console.log(
    `  side texts reproduce both versions exactly: ${mismatches === 0 ? "yes" : `NO (${mismatches})`}`,
  );

  console.log("4. git diff --no-index --word-diff over the same pairs (one git process per pair):");
  const [, gitMs] = timed(() => {
    for (let i = 1; i < files.length; i += 1) {
      const result = spawnSync(
        "git",
        [
          "diff",
          "--no-index",
          "--word-diff",
          "--no-color",
          join(dir, files[i - 1] ?? ""),
          join(dir, files[i] ?? ""),
        ],
        { maxBuffer: 64 * 1024 * 1024 },
      );
      // Exit status 1 means "files differ"; anything else is a failure worth seeing.
      if (result.status !== 0 && result.status !== 1)
        throw new Error(`git diff failed: ${result.stderr.toString()}`);
    }
  });
  console.log(`  git word diff: ${ms(gitMs)} wall time`);

  console.log("5. ratio (git ÷ ours; above 1 means we are faster):");
  console.log(`  vs compare from prepared versions (cold): ${(gitMs / cold.total).toFixed(1)}×`);
  console.log(`  vs compare from prepared versions (warm): ${(gitMs / warm.total).toFixed(1)}×`);
  console.log(
    `  vs block extraction + compare from trees: ${(gitMs / fromTrees.total).toFixed(1)}×`,
  );

  // The build's redline stage as it runs: each version's tree (parsed once by the content
  // stage, which renders its HTML from the same tree: step 1) read into blocks and packed
  // onto its record (src/content/version-source.ts); in the pages, each version unpacked,
  // each adjacent pair compared (src/redline/redlines.ts), each redline laid out for both
  // views and serialised to HTML (src/redline/redline-view.ts, what the changes pages
  // print), and the packed JSON the compare page fetches. Astro's own component rendering
  // is not in this figure.
  const [packedBytes, stageMs] = timed(() => {
    const records = trees.map((tree) => packVersion(prepareVersion(tree)));
    let bytes = 0;
    let previous: PreparedVersion | undefined;
    for (const record of records) {
      const version = unpackVersion(record);
      if (previous) {
        const redline = compareVersions(previous, version);
        const view = { versionHref: "/privacy/", caption: "", before: "", after: "" };
        toHtml(inlineTree(redline, view));
        toHtml(sideBySideTree(redline, view));
      }
      previous = version;
      bytes += JSON.stringify(record).length;
    }
    return bytes;
  });
  console.log(
    `6. redline stage of the build (prepare + pack from the parsed trees, unpack + compare + lay out and serialise both views + packed JSON), ` +
      `all ${files.length} versions: ${ms(stageMs)}; ` +
      `packed compare data ${(packedBytes / 1024).toFixed(0)} KiB for all versions`,
  );

  // The issue's aims, each stated plainly from this run's figures.
  console.log("7. aims:");
  console.log(
    `  cold compare of all pairs (${ms(cold.total)}) faster than git word diff (${ms(gitMs)}): ${verdict(cold.total < gitMs)}`,
  );
  console.log(
    `  no pair over ${SLOW_PAIR_MS} ms, cold run (slowest ${ms(cold.slowest)}): ${verdict(cold.slowest <= SLOW_PAIR_MS)}`,
  );
  console.log(
    `  no pair over ${SLOW_PAIR_MS} ms, warm run (slowest ${ms(warm.slowest)}): ${verdict(warm.slowest <= SLOW_PAIR_MS)}`,
  );
  console.log(
    `  redline stage (6) under ${STAGE_AIM_MS / 1000} s (${ms(stageMs)}): ${verdict(stageMs < STAGE_AIM_MS)}`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    await benchRedline(corpusDirectory(process.argv[2]));
  } catch (error) {
    reportFailure(error);
  }
}
