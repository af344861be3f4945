/**
 * The redline engine's public API.
 *
 *   const redline = compareVersions(parseMarkdown(oldBody), parseMarkdown(newBody));
 *
 * Pure and synchronous, no Node or Astro imports: it runs at build time and in the browser.
 * Work is bounded: block alignment and each word comparison have edit caps and the whole
 * redline has a token budget, past which blocks are shown whole (removed + added) instead.
 */
import type { Root as MdastRoot } from "mdast";
import { alignBlocks, defaultAlignOptions } from "./align.ts";
import { blockPrefix, prepareVersion, preparedText, shapeKey } from "./blocks.ts";
import type { PreparedVersion, VersionBlock } from "./blocks.ts";
import type { BlockChanges, BlockSide, Redline, RedlineBlock, Run, RunOp } from "./model.ts";
import { findMoves } from "./moves.ts";
import { joinSplit } from "./splits.ts";
import { redlineStats } from "./stats.ts";
import { formatKey } from "./tokens.ts";
import { addCounts, diffWordRuns, noWords, wholeCounts, wholeRuns } from "./words.ts";
import type { WordCounts } from "./words.ts";

export type * from "./model.ts";
export { TEXT_CHANGES } from "./model.ts";
export type { PreparedVersion } from "./blocks.ts";
export { prepareVersion } from "./blocks.ts";
export { formatRedline } from "./format.ts";
export { changesWording, linkChanges, renumbered } from "./stats.ts";
export { formatKey } from "./tokens.ts";
export { packVersion, unpackVersion } from "./transfer.ts";
export type { PackedVersion } from "./transfer.ts";

/** A version to compare: its mdast tree, or the result of `prepareVersion` to reuse across comparisons. */
export type Version = MdastRoot | PreparedVersion;

export interface RedlineOptions {
  /** Max block insertions + deletions for block alignment (Myers' `maxEditLength`). */
  maxBlockEdits?: number;
  /** Max word insertions + deletions inside one pair of blocks. */
  maxWordEdits?: number;
  /** Total tokens (old + new) all word-level comparisons of one redline may look at. */
  tokenBudget?: number;
  /** Minimum word-set similarity (0..1) for a removed and an added block to be compared word by word. */
  pairThreshold?: number;
}

const defaults: Required<RedlineOptions> = {
  maxBlockEdits: defaultAlignOptions.maxBlockEdits,
  maxWordEdits: 1000,
  tokenBudget: 200_000,
  pairThreshold: defaultAlignOptions.pairThreshold,
};

function prepared(version: Version): PreparedVersion {
  return version.type === "redline-version" ? version : prepareVersion(version);
}

function side(block: VersionBlock, index: number): BlockSide {
  return { ...block.shape, index };
}

function whole(status: "added" | "removed", block: VersionBlock, index: number): RedlineBlock {
  const runs = wholeRuns(block.tokens, status, block.text);
  const kind = block.shape.kind;
  return status === "added"
    ? { status, kind, new: side(block, index), runs }
    : { status, kind, old: side(block, index), runs };
}

/**
 * What a word-level comparison of two blocks changed. Spacing-only runs (a separator
 * removed or added) are formatting: they change no word a reader reads.
 */
function blockChanges(
  oldBlock: VersionBlock,
  newBlock: VersionBlock,
  runs: readonly Run[],
): BlockChanges {
  const changes: BlockChanges = {
    wording: false,
    links: false,
    formatting: shapeKey(oldBlock.shape) !== shapeKey(newBlock.shape),
  };
  for (const run of runs) {
    if (run.op !== "kept") {
      if (run.text.trim() === "") changes.formatting = true;
      else changes.wording = true;
    } else if (run.was) {
      if (run.was.href !== run.href || run.was.image !== run.image) changes.links = true;
      if (formatKey(run.was) !== formatKey(run)) changes.formatting = true;
    }
  }
  return changes;
}

/** Compares two versions of a policy into an aligned, word-level redline. */
export function compareVersions(
  oldVersion: Version,
  newVersion: Version,
  options: RedlineOptions = {},
): Redline {
  const settings = { ...defaults, ...options };
  const oldBlocks = prepared(oldVersion).blocks;
  const newBlocks = prepared(newVersion).blocks;
  const alignment = alignBlocks(oldBlocks, newBlocks, {
    ...defaultAlignOptions,
    maxBlockEdits: settings.maxBlockEdits,
    pairThreshold: settings.pairThreshold,
  });

  let degraded = alignment.degraded;
  let budget = settings.tokenBudget;
  const compareWords = (oldBlock: VersionBlock, newBlock: VersionBlock) => {
    const cost = oldBlock.tokens.length + newBlock.tokens.length;
    const diff =
      cost <= budget
        ? diffWordRuns(oldBlock.tokens, newBlock.tokens, settings.maxWordEdits, {
            old: oldBlock.ids,
            new: newBlock.ids,
          })
        : undefined;
    budget -= cost;
    return diff;
  };
  const counts = noWords();
  const blocks: RedlineBlock[] = [];
  // What each changed block's comparison counted, for the split and merge pass.
  const pairCounts = new Map<RedlineBlock, WordCounts>();
  for (const step of alignment.steps) {
    const oldBlock = "old" in step ? oldBlocks[step.old] : undefined;
    const newBlock = "new" in step ? newBlocks[step.new] : undefined;
    if (step.op === "removed" && oldBlock) {
      blocks.push(whole("removed", oldBlock, step.old));
      addCounts(counts, wholeCounts(oldBlock, "removed"));
    } else if (step.op === "added" && newBlock) {
      blocks.push(whole("added", newBlock, step.new));
      addCounts(counts, wholeCounts(newBlock, "added"));
    } else if ((step.op === "kept" || step.op === "paired") && oldBlock && newBlock) {
      const pair = { old: side(oldBlock, step.old), new: side(newBlock, step.new) };
      // Equal keys: same words, marks and shape (a list item may have another number).
      if (oldBlock.key === newBlock.key) {
        blocks.push({
          status: "kept",
          kind: newBlock.shape.kind,
          ...pair,
          runs: wholeRuns(newBlock.tokens, "kept", newBlock.text),
        });
        continue;
      }
      const diff = compareWords(oldBlock, newBlock);
      if (diff) {
        const changes = blockChanges(oldBlock, newBlock, diff.runs);
        const block: RedlineBlock = {
          status: "changed",
          kind: newBlock.shape.kind,
          ...pair,
          runs: diff.runs,
          changes,
        };
        blocks.push(block);
        pairCounts.set(block, diff);
        addCounts(counts, diff);
      } else {
        degraded = true;
        addCounts(counts, wholeCounts(oldBlock, "removed"));
        addCounts(counts, wholeCounts(newBlock, "added"));
        blocks.push(whole("removed", oldBlock, step.old), whole("added", newBlock, step.new));
      }
    }
  }

  // Splits and merges: a changed block next to a whole block that holds the rest of its words.
  for (let at = 0; at < blocks.length; at += 1) {
    const pairCount = pairCounts.get(blocks[at] as RedlineBlock);
    if (!pairCount || budget <= 0) continue;
    for (const whole of [at - 1, at + 1]) {
      const joined = joinSplit(
        blocks,
        at,
        whole,
        oldBlocks,
        newBlocks,
        pairCount,
        settings.maxWordEdits,
      );
      if (!joined) continue;
      for (const row of [joined.first, joined.second]) {
        const oldBlock = oldBlocks[row.old?.index ?? -1];
        const newBlock = newBlocks[row.new?.index ?? -1];
        // Where one block ends and the next begins changed: a formatting change at least.
        if (oldBlock && newBlock)
          row.changes = { ...blockChanges(oldBlock, newBlock, row.runs), formatting: true };
      }
      blocks.splice(Math.min(at, whole), 2, joined.first, joined.second);
      addCounts(counts, joined.replaced, -1);
      addCounts(counts, joined.counts);
      at = Math.max(at, whole);
      break;
    }
  }

  let moveId = 0;
  for (const move of findMoves(blocks, oldBlocks, newBlocks)) {
    const from = blocks[move.from];
    const to = blocks[move.to];
    const oldBlock = oldBlocks[from?.old?.index ?? -1];
    const newBlock = newBlocks[to?.new?.index ?? -1];
    if (!from?.old || !to?.new || !oldBlock || !newBlock) continue;
    const diff = compareWords(oldBlock, newBlock);
    if (!diff) continue;
    moveId += 1;
    blocks[move.from] = {
      status: "moved",
      kind: oldBlock.shape.kind,
      old: from.old,
      runs: wholeRuns(oldBlock.tokens, "kept", oldBlock.text),
      move: { id: moveId, role: "from" },
    };
    blocks[move.to] = {
      status: "moved",
      kind: newBlock.shape.kind,
      new: to.new,
      runs: diff.runs,
      changes: blockChanges(oldBlock, newBlock, diff.runs),
      move: { id: moveId, role: "to" },
    };
    // The two whole blocks were counted as removed and added; only the edits inside count.
    addCounts(counts, wholeCounts(oldBlock, "removed"), -1);
    addCounts(counts, wholeCounts(newBlock, "added"), -1);
    addCounts(counts, diff);
  }
  return { blocks, stats: redlineStats(blocks, counts), degraded };
}

/** The normalised text of a version as the redline sees it: one line per block, structure prefix + text. */
export function versionText(version: Version): string {
  return preparedText(prepared(version));
}

/**
 * Rebuilds one side of a redline as normalised text. By construction it equals
 * `versionText` of that version — the property the tests check on generated documents.
 */
export function sideText(redline: Redline, which: "old" | "new"): string {
  const hidden: RunOp = which === "old" ? "added" : "removed";
  const lines: string[] = [];
  for (const block of redline.blocks) {
    const shape = block[which];
    if (!shape) continue;
    const continued = block.continues === which && lines.length > 0;
    let text = continued ? (lines.pop() ?? "") : blockPrefix(shape);
    for (const run of block.runs) if (run.op !== hidden) text += run.text;
    lines.push(text);
  }
  return lines.join("\n");
}
