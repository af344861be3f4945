/**
 * What a translation language costs the build: the corpus site built as is, and with
 * every version translated into one more language (a copy of its text marked as a
 * translation), each in its own process as `npm run build` does, best of `runs`. The aim
 * is close to linear: about twice the pages, so no more than about twice the time.
 *
 *   npx tsx bench/translations.ts [corpusDir]
 */
import { mkdtempSync } from "node:fs";
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
  translatedCorpusContent,
  type TimedRun,
} from "./corpus-site.ts";

export async function benchTranslations(corpusDir: string, runs = 2): Promise<void> {
  const log = (line: string) => console.log(line);
  const out = mkdtempSync(join(tmpdir(), "redline-bench-translations-"));
  log(
    `Translations: ${corpusFiles(corpusDir).length} versions, without and with one translation language, best of ${runs} runs each`,
  );
  const best = (content: string, folder: string) => () =>
    Array.from({ length: runs }, () => buildRedlineSite(content, join(out, folder))).reduce(
      (fastest, run) => (run.ms < fastest.ms ? run : fastest),
    );
  const plain: TimedRun = await stage(
    "Build, authoritative language only",
    best(corpusContent(corpusDir), "one"),
    log,
  );
  const translated: TimedRun = await stage(
    "Build, with every version translated into German",
    best(translatedCorpusContent(corpusDir), "two"),
    log,
  );
  const megabytes = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;
  log("");
  log(
    `  One language:  ${formatDuration(plain.ms).padStart(9)}, peak RSS ${megabytes(plain.peakRssKb)}`,
  );
  log(
    `  Two languages: ${formatDuration(translated.ms).padStart(9)}, peak RSS ${megabytes(translated.peakRssKb)}`,
  );
  log(
    `  Ratio two / one: ${(translated.ms / plain.ms).toFixed(2)}× time, ${(translated.peakRssKb / plain.peakRssKb).toFixed(2)}× memory (aim: close to linear, ≤ 2×)`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    await benchTranslations(corpusDirectory(process.argv[2]));
  } catch (error) {
    reportFailure(error);
  }
}
