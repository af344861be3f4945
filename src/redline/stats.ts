/**
 * The summary of a redline: words and punctuation added/removed, link and formatting
 * changes, moves, which sections' wording changed, and the kind of the whole change.
 *
 * Sections are derived from the redline blocks, so the summary can never disagree with
 * what the redline shows; word counts come from the tokens behind the runs.
 */
import type {
  BlockSide,
  RedlineBlock,
  RedlineStats,
  Run,
  SectionRef,
  TextChange,
} from "./model.ts";
import type { WordCounts } from "./words.ts";

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

/** True when a block changes what the text says: words, punctuation, or where they stand. */
export function changesWording(block: RedlineBlock): boolean {
  switch (block.status) {
    case "kept":
      return false;
    case "added":
    case "removed":
      return block.runs.some((run) => run.text.trim() !== "");
    case "moved":
      return true;
    case "changed":
      return block.changes?.wording ?? true;
  }
}

/** Distinct link changes in a block: old target → new target, each counted once per block. */
export function linkChanges(
  block: RedlineBlock,
): { from: string | undefined; to: string | undefined }[] {
  // Only changed and moved blocks compare words, so only they can carry old marks.
  if (block.status !== "changed" && block.status !== "moved") return [];
  const seen = new Map<string, { from: string | undefined; to: string | undefined }>();
  for (const run of block.runs) {
    if (run.op !== "kept" || !run.was) continue;
    const from = run.was.href ?? run.was.image;
    const to = run.href ?? run.image;
    if (from !== to) seen.set(`${from ?? ""}\u0000${to ?? ""}`, { from, to });
  }
  return [...seen.values()];
}

/** A kept list item whose number changed because items before it were added or removed. */
export function renumbered(block: RedlineBlock): boolean {
  return (
    block.old?.kind === "list-item" &&
    block.new?.kind === "list-item" &&
    block.old.number !== block.new.number
  );
}

export function redlineStats(blocks: readonly RedlineBlock[], words: WordCounts): RedlineStats {
  const stats: RedlineStats = {
    wordsAdded: words.added,
    wordsRemoved: words.removed,
    punctuationAdded: words.punctuationAdded,
    punctuationRemoved: words.punctuationRemoved,
    linksChanged: 0,
    formattingChanged: 0,
    moved: 0,
    blocks: { kept: 0, added: 0, removed: 0, changed: 0, moved: 0 },
    sections: { added: [], removed: [], changed: [] },
    textChange: "none",
  };
  let wording = false;
  // The section currently open: its reference and whether it is already listed as changed.
  let open: { ref: SectionRef; listed: boolean } | undefined;

  for (const block of blocks) {
    stats.blocks[block.status] += 1;
    if (block.move?.role === "to") stats.moved += 1;
    stats.linksChanged += linkChanges(block).length;
    if (block.changes?.formatting || renumbered(block)) stats.formattingChanged += 1;
    // A block added or removed with no text (a rule) changes the layout, not the wording.
    if ((block.status === "added" || block.status === "removed") && !changesWording(block))
      stats.formattingChanged += 1;
    const wordingChanged = changesWording(block);
    wording ||= wordingChanged;

    if (block.kind === "heading") {
      const side = block.new ?? block.old;
      if (!side) continue;
      const ref = sectionRef(side, block.runs, block.new ? "removed" : "added");
      if (block.status === "added") stats.sections.added.push(ref);
      else if (block.status === "removed") stats.sections.removed.push(ref);
      else if (wordingChanged && block.move?.role !== "from") stats.sections.changed.push(ref);
      // Added/removed sections are listed once as such, never again as "changed".
      open = {
        ref,
        listed: block.status === "added" || block.status === "removed" || wordingChanged,
      };
    } else if (wordingChanged && open && !open.listed) {
      stats.sections.changed.push(open.ref);
      open.listed = true;
    }
  }
  stats.textChange = textChange(wording, stats);
  return stats;
}

function textChange(wording: boolean, stats: RedlineStats): TextChange {
  if (wording) return "wording";
  if (stats.linksChanged > 0) return "links";
  if (stats.formattingChanged > 0) return "formatting";
  return "none";
}
