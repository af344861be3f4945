/**
 * The real-data site for benchmarks: the 83 dated versions of a public privacy statement
 * (../shared/corpora/github-privacy-statement, CC0), read in place and laid out as Redline
 * content in a temporary folder. Never copied into the repository.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

export const DEFAULT_CORPUS = resolve(
  import.meta.dirname,
  "../../shared/corpora/github-privacy-statement",
);

const SITE_YML = `organization: GitHub (benchmark corpus)
email: privacy@example.com
address: Benchmark only
url: https://policies.example.com
timezone: America/Los_Angeles
notice_days: 30
related_sites:
  - name: Example
    url: https://www.example.com
`;

/** The corpus folder from the command line or the default, checked to exist. */
export function corpusDirectory(argument: string | undefined): string {
  const dir = resolve(argument ?? DEFAULT_CORPUS);
  if (!existsSync(dir)) {
    throw new Error(
      `No corpus at ${dir}: pass the folder of dated .md files as the first argument`,
    );
  }
  return dir;
}

/** The dated version files of the corpus, oldest first. */
export function corpusFiles(corpusDir: string): string[] {
  return readdirSync(corpusDir)
    .filter((name) => /^\d{4}-\d{2}-\d{2}\.md$/.test(name))
    .sort();
}

/** A content folder holding the corpus as the policy `privacy`, plus a site.yml. */
export function corpusContent(corpusDir: string): string {
  const content = join(mkdtempSync(join(tmpdir(), "redline-corpus-")), "content");
  mkdirSync(join(content, "privacy"), { recursive: true });
  writeFileSync(join(content, "site.yml"), SITE_YML);
  for (const name of corpusFiles(corpusDir))
    copyFileSync(join(corpusDir, name), join(content, "privacy", name));
  return content;
}

const root = resolve(import.meta.dirname, "..");

/** The day the benches build the corpus site as of, so that every run builds the same site. */
export const BENCH_AS_OF = "2026-11-28";

/** A finished command: its wall time, its output, and the peak memory of its largest process. */
export interface TimedRun {
  ms: number;
  stdout: string;
  /** Peak resident set size (RSS) in kB of the largest Node process the command ran. */
  peakRssKb: number;
}

/** Runs `node <command>` to completion, timing it and its peak memory; throws with its output if it fails. */
export function runTimed(
  command: string[],
  env: Record<string, string> = {},
  cwd = root,
): TimedRun {
  const rssFile = join(mkdtempSync(join(tmpdir(), "redline-bench-rss-")), "rss");
  writeFileSync(rssFile, "");
  const started = performance.now();
  const result = spawnSync(process.execPath, command, {
    cwd,
    env: {
      ...process.env,
      ...env,
      NODE_OPTIONS: `${process.env["NODE_OPTIONS"] ?? ""} --import=${pathToFileURL(join(root, "bench/peak-rss.mjs")).href}`,
      REDLINE_BENCH_RSS_FILE: rssFile,
    },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = performance.now() - started;
  if (result.status !== 0)
    throw new Error(`${command.join(" ")} failed:\n${result.stdout}\n${result.stderr}`);
  const peaks = readFileSync(rssFile, "utf8").split("\n").filter(Boolean).map(Number);
  return { ms, stdout: result.stdout, peakRssKb: Math.max(0, ...peaks) };
}

/** `npm run build` of `content` into `outDir`, as of BENCH_AS_OF, in its own process. */
export function buildRedlineSite(content: string, outDir: string): TimedRun {
  return runTimed(["scripts/run.mjs", "build", "--out", outDir, "--content", content], {
    AS_OF: BENCH_AS_OF,
  });
}

/**
 * The corpus content with one translation language added: site.yml lists `language`, and
 * each version gets `<date>.<language>.md`, a copy of its text marked as a translation of
 * it (its `translation_of` the SHA-256 of the version's file). For the translation bench.
 */
export function translatedCorpusContent(corpusDir: string, language = "de"): string {
  const content = corpusContent(corpusDir);
  writeFileSync(join(content, "site.yml"), `${SITE_YML}translations: [${language}]\n`);
  for (const name of corpusFiles(corpusDir)) {
    const bytes = readFileSync(join(corpusDir, name));
    const text = bytes.toString("utf8");
    const title = /^title:\s*(.+)$/m.exec(text)?.[1] ?? "Privacy Statement";
    const body = text.replace(/^---\n[^]*?\n---\n/, "");
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    writeFileSync(
      join(content, "privacy", name.replace(/\.md$/, `.${language}.md`)),
      `---\ntitle: ${title}\ntranslation_of: ${sha256}\n---\n${body}`,
    );
  }
  return content;
}
