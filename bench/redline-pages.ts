/**
 * Changes pages as a reader gets them, on a built corpus site:
 *
 * 1. Words marked: the words a changes page puts in `<del>`/`<ins>` inside
 *    `[data-redline-inline]` (not counting `[data-redline-ui]` or screen-reader labels),
 *    against an independent word diff of the two versions' rendered texts (the text of
 *    `[data-policy-body]` on each version page, one word per line, compared by
 *    `git diff --no-index --minimal`, a shortest word diff). The ratio over all pairs is the measure;
 *    the aim is ≤ 1.08×.
 * 2. Page size: each changes page beside its version page; for the pages whose change is a
 *    few words (≤ 10 words by git's count, at least one), the aim is ≤ 1.5×.
 *
 *   npx tsx bench/redline-pages.ts <builtSiteDir>   (npm run bench runs it on the corpus site it builds)
 */
import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Element, Root, RootContent } from "hast";
import { fromHtml } from "hast-util-from-html";
import { reportFailure } from "../src/commands/cli.ts";

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
const RATIO_AIM = 1.08;
const SIZE_AIM = 1.5;
const FEW_WORDS = 10;

function hasAttribute(node: Element, name: string): boolean {
  return node.properties[name] !== undefined && node.properties[name] !== false;
}

function find(node: Root | Element, test: (element: Element) => boolean): Element | undefined {
  for (const child of node.children) {
    if (child.type !== "element") continue;
    if (test(child)) return child;
    const found = find(child, test);
    if (found) return found;
  }
  return undefined;
}

function isUi(node: Element): boolean {
  const classes = node.properties["className"];
  return (
    hasAttribute(node, "dataRedlineUi") ||
    (Array.isArray(classes) && classes.includes("visually-hidden"))
  );
}

/** Text of a tree, block elements separated by spaces, without redline UI or hidden labels. */
function textOf(node: Root | RootContent, into: string[] = []): string[] {
  if (node.type === "text") into.push(node.value);
  else if (node.type === "element" || node.type === "root") {
    if (node.type === "element" && isUi(node)) return into;
    for (const child of node.children) textOf(child, into);
    into.push(" ");
  }
  return into;
}

/** Words inside `<del>` and `<ins>` under `node`. */
function markedWords(node: Element | Root): number {
  let count = 0;
  for (const child of node.children) {
    if (child.type !== "element" || isUi(child)) continue;
    if (child.tagName === "del" || child.tagName === "ins")
      count += (textOf(child).join("").match(WORD) ?? []).length;
    else count += markedWords(child);
  }
  return count;
}

function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Words added + removed between two texts by git's word-per-line Myers diff. */
function gitWordDiff(scratch: string, oldWords: string[], newWords: string[]): number {
  const a = join(scratch, "old.txt");
  const b = join(scratch, "new.txt");
  writeFileSync(a, oldWords.join("\n") + "\n");
  writeFileSync(b, newWords.join("\n") + "\n");
  const result = spawnSync("git", ["diff", "--no-index", "--no-color", "--minimal", "-U0", a, b], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0 && result.status !== 1)
    throw new Error(`git diff failed: ${result.stderr}`);
  let count = 0;
  for (const line of result.stdout.split("\n")) {
    if (/^[+-]/.test(line) && !/^(\+\+\+|---) /.test(line)) count += 1;
  }
  return count;
}

export interface PageFigures {
  pairs: number;
  ours: number;
  independent: number;
  fewWordPages: { date: string; ratio: number; changesBytes: number; versionBytes: number }[];
  /** Pairs where the page marks more words than the word diff, most extra first. */
  excess: { date: string; ours: number; independent: number }[];
}

export function measureChangesPages(site: string, policy = "privacy"): PageFigures {
  const changesDir = join(site, policy, "changes");
  if (!existsSync(changesDir)) throw new Error(`No changes pages in ${changesDir}`);
  const dates = readdirSync(changesDir)
    .filter((name) => /^\d{4}-\d{2}-\d{2}$/.test(name))
    .sort();
  const versionDates = readdirSync(join(site, policy))
    .filter((name) => /^\d{4}-\d{2}-\d{2}$/.test(name))
    .sort();
  const scratch = mkdtempSync(join(tmpdir(), "redline-word-diff-"));
  const bodyWords = new Map<string, string[]>();
  const versionWords = (date: string): string[] => {
    let cached = bodyWords.get(date);
    if (!cached) {
      const tree = fromHtml(readFileSync(join(site, policy, date, "index.html"), "utf8"));
      const body = find(tree, (element) => hasAttribute(element, "dataPolicyBody"));
      if (!body) throw new Error(`${policy}/${date}/: no [data-policy-body]`);
      cached = words(textOf(body).join(""));
      bodyWords.set(date, cached);
    }
    return cached;
  };
  const figures: PageFigures = { pairs: 0, ours: 0, independent: 0, fewWordPages: [], excess: [] };
  for (const date of dates) {
    const previous = versionDates[versionDates.indexOf(date) - 1];
    if (!previous) continue;
    const page = join(changesDir, date, "index.html");
    const html = readFileSync(page, "utf8");
    const inline = find(fromHtml(html), (element) => hasAttribute(element, "dataRedlineInline"));
    if (!inline) throw new Error(`${page}: no [data-redline-inline]`);
    const ours = markedWords(inline);
    const independent = gitWordDiff(scratch, versionWords(previous), versionWords(date));
    figures.pairs += 1;
    figures.ours += ours;
    figures.independent += independent;
    if (ours > independent) figures.excess.push({ date, ours, independent });
    if (independent > 0 && independent <= FEW_WORDS) {
      const changesBytes = statSync(page).size;
      const versionBytes = statSync(join(site, policy, date, "index.html")).size;
      figures.fewWordPages.push({
        date,
        ratio: changesBytes / versionBytes,
        changesBytes,
        versionBytes,
      });
    }
  }
  return figures;
}

export function reportChangesPages(site: string, log: (line: string) => void): void {
  const figures = measureChangesPages(site);
  const ratio = figures.ours / Math.max(1, figures.independent);
  log(
    `Words marked by the changes pages: ${figures.ours}; by git's word diff of the rendered texts: ` +
      `${figures.independent} (${figures.pairs} pairs); ratio ${ratio.toFixed(3)}× ` +
      `(aim ≤ ${RATIO_AIM}×: ${ratio <= RATIO_AIM ? "met" : "NOT met"})`,
  );
  figures.excess.sort((a, b) => b.ours - b.independent - (a.ours - a.independent));
  for (const pair of figures.excess.slice(0, 5))
    log(
      `  most extra marks: ${pair.date}: ${pair.ours} marked, ${pair.independent} by the word diff`,
    );
  const few = figures.fewWordPages;
  const worst = few.reduce((max, page) => Math.max(max, page.ratio), 0);
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
  for (const page of few)
    log(
      `  few-word change ${page.date}: changes page ${kib(page.changesBytes)}, version page ` +
        `${kib(page.versionBytes)}, ${page.ratio.toFixed(2)}×`,
    );
  log(
    few.length === 0
      ? "No changes page with a change of 1–10 words to measure its size."
      : `Changes pages of a few words: largest ${worst.toFixed(2)}× their version page ` +
          `(aim ≤ ${SIZE_AIM}×: ${worst <= SIZE_AIM ? "met" : "NOT met"})`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const site = process.argv[2];
    if (!site) throw new Error("Usage: npx tsx bench/redline-pages.ts <builtSiteDir>");
    reportChangesPages(resolve(site), (line) => console.log(line));
  } catch (error) {
    reportFailure(error);
  }
}
