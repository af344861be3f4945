// Loaded into every Node process a bench runs (NODE_OPTIONS=--import): on exit, each
// process appends its peak resident memory (kB) to the file the bench named, so the bench
// can report the peak of a command that starts several processes (tsx starts two).
import { appendFileSync } from "node:fs";

const file = process.env["REDLINE_BENCH_RSS_FILE"];
if (file) {
  process.on("exit", () => appendFileSync(file, `${process.resourceUsage().maxRSS}\n`));
}
