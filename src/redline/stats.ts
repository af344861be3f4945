/**
 * The summary of a redline: words added/removed and which sections changed.
 *
 * Sections are derived from the redline blocks, so the summary can never disagree with
 * what the redline shows; word counts come from the tokens behind the runs.
 */
import type { BlockSide, RedlineBlock, RedlineStats, Run, SectionRef } from "./model.ts";

/** Words added and removed, counted on tokens while the redline is built (runs merge tokens, so recounting their text would be lossy). */
export interface WordCounts {
  added: number;
  removed: number;
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

export function redlineStats(blocks: readonly RedlineBlock[], words: WordCounts): RedlineStats {
  const stats: RedlineStats = {
    wordsAdded: words.added,
    wordsRemoved: words.removed,
    blocks: { kept: 0, added: 0, removed: 0, changed: 0 },
    sections: { added: [], removed: [], changed: [] },
  };
  // The section currently open: its reference and whether it is already listed as changed.
  let open: { ref: SectionRef; listed: boolean } | undefined;

  for (const block of blocks) {
    stats.blocks[block.status] += 1;

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
