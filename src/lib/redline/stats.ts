/**
 * The summary of a redline: words added/removed and which sections changed.
 *
 * Derived only from the redline blocks, so the summary can never disagree with what the
 * redline shows.
 */
import type { BlockSide, RedlineBlock, RedlineStats, Run, SectionRef } from "./model.ts";
import { countWords } from "./tokens.ts";

/** Words in runs with the given operation; raw HTML is markup, not words a reader sees. */
function wordsIn(runs: readonly Run[], op: Run["op"]): number {
  let count = 0;
  for (const run of runs) if (run.op === op && !run.html) count += countWords(run.text);
  return count;
}

function sideText(runs: readonly Run[], hide: Run["op"]): string {
  return runs
    .filter((run) => run.op !== hide)
    .map((run) => run.text)
    .join("");
}

function sectionRef(side: BlockSide, runs: readonly Run[], hide: Run["op"]): SectionRef {
  return {
    title: sideText(runs, hide),
    anchor: side.kind === "heading" ? side.anchor : "",
    depth: side.kind === "heading" ? side.depth : 0,
  };
}

export function redlineStats(blocks: readonly RedlineBlock[]): RedlineStats {
  const stats: RedlineStats = {
    wordsAdded: 0,
    wordsRemoved: 0,
    blocks: { kept: 0, added: 0, removed: 0, changed: 0 },
    sections: { added: [], removed: [], changed: [] },
  };
  // The section currently open: its reference and whether it is already listed as changed.
  let open: { ref: SectionRef; listed: boolean } | undefined;

  for (const block of blocks) {
    stats.blocks[block.status] += 1;
    stats.wordsAdded += wordsIn(block.runs, "added");
    stats.wordsRemoved += wordsIn(block.runs, "removed");

    if (block.kind === "heading") {
      const side = block.new ?? block.old;
      if (!side) continue;
      const ref = sectionRef(side, block.runs, block.new ? "removed" : "added");
      if (block.status === "added") stats.sections.added.push(ref);
      else if (block.status === "removed") stats.sections.removed.push(ref);
      else if (block.status === "changed") stats.sections.changed.push(ref);
      // Added/removed sections are listed once as such, never again as "changed".
      open = { ref, listed: block.status !== "kept" };
    } else if (block.status !== "kept" && open && !open.listed) {
      stats.sections.changed.push(open.ref);
      open.listed = true;
    }
  }
  return stats;
}
