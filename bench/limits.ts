/**
 * Limits bench: how long checking one version file takes for the worst inputs the limits
 * (src/render/limits.ts) still accept, for inputs they refuse, and for the largest real
 * version, so that the limits are chosen by measurement.
 *
 *   npx tsx bench/limits.ts [corpusDir]
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { formatDuration } from "../src/build/stages.ts";
import { readVersionSource } from "../src/content/version-source.ts";
import { MARKDOWN_LIMITS } from "../src/render/limits.ts";
import { corpusDirectory } from "./corpus-site.ts";

/** The file just under the size limit, made of `block` repeated. */
function filling(block: string): string {
  const room = MARKDOWN_LIMITS.fileBytes - 64;
  return block.repeat(Math.floor(room / block.length));
}

const ACCEPTED: [string, string][] = [
  ["emphasis, 999 marks a paragraph, file full", filling(`${"*a**".repeat(333)}\n\n`)],
  [
    "link brackets, 998 a paragraph, file full",
    filling(`${"[".repeat(499)}a${"]".repeat(499)}\n\n`),
  ],
  ["table, file full", `| a | b |\n| - | - |\n${filling("| [x](y) *z* | _w_ |\n")}`],
  [
    "lists nested 20 deep, file full",
    filling(
      Array.from({ length: 20 }, (_, depth) => `${"  ".repeat(depth)}- item`).join("\n") + "\n\n",
    ),
  ],
  [
    "<details> nested 20 deep, file full",
    filling(`${"<details>\n".repeat(20)}${"</details>\n".repeat(20)}\n`),
  ],
];
const REFUSED: [string, string][] = [
  ["2,000 nested quotes", `${">".repeat(2_000)} a\n`],
  ["5,000 list markers on a line", `${"- ".repeat(5_000)}a\n`],
  ["3,000 nested <details>", "<details>\n".repeat(3_000)],
  ["150 KB of *a** in one paragraph", "*a**".repeat(37_500)],
];

function timeCheck(body: string): { ms: number; ok: boolean } {
  const bytes = new TextEncoder().encode(`---\ntitle: T\n---\n${body}`);
  const started = performance.now();
  const result = readVersionSource(bytes, {
    file: "bench.md",
    policy: "bench",
    fileName: "2026-01-01.md",
  });
  return { ms: performance.now() - started, ok: result.ok };
}

export async function benchLimits(corpus: string): Promise<void> {
  const report = (label: string, body: string) => {
    const { ms, ok } = timeCheck(body);
    const size = `${Math.round(Buffer.byteLength(body) / 1024)} KB`;
    console.log(`  ${label} (${size}): ${formatDuration(ms)}, ${ok ? "accepted" : "refused"}`);
  };
  console.log("Worst inputs the limits accept:");
  for (const [label, body] of ACCEPTED) report(label, body);
  console.log("Inputs the limits refuse (minutes or a stack overflow before them):");
  for (const [label, body] of REFUSED) report(label, body);
  const files = readdirSync(corpus).filter((name) => name.endsWith(".md"));
  const size = (name: string) => statSync(join(corpus, name)).size;
  const largest = files.sort((a, b) => size(b) - size(a))[0];
  if (largest) {
    const text = readFileSync(join(corpus, largest), "utf8").replace(/^---[\s\S]*?\n---\n/, "");
    console.log("The largest real version:");
    report(`corpus ${largest}`, text);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await benchLimits(corpusDirectory(process.argv[2]));
}
