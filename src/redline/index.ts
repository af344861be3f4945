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
import { blockPrefix, prepareVersion, preparedText } from "./blocks.ts";
import type { PreparedVersion, VersionBlock } from "./blocks.ts";
import type { BlockSide, Redline, RedlineBlock, RunOp } from "./model.ts";
import { redlineStats } from "./stats.ts";
import { diffWordRuns, wholeRuns } from "./words.ts";

export type * from "./model.ts";
export type { PreparedVersion } from "./blocks.ts";
export { prepareVersion } from "./blocks.ts";
export { formatRedline } from "./format.ts";
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
  const words = { added: 0, removed: 0 };
  const blocks: RedlineBlock[] = [];
  for (const step of alignment.steps) {
    const oldBlock = "old" in step ? oldBlocks[step.old] : undefined;
    const newBlock = "new" in step ? newBlocks[step.new] : undefined;
    if (step.op === "removed" && oldBlock) {
      blocks.push(whole("removed", oldBlock, step.old));
      words.removed += oldBlock.words;
    } else if (step.op === "added" && newBlock) {
      blocks.push(whole("added", newBlock, step.new));
      words.added += newBlock.words;
    } else if ((step.op === "kept" || step.op === "paired") && oldBlock && newBlock) {
      const pair = { old: side(oldBlock, step.old), new: side(newBlock, step.new) };
      // A pair with equal keys is a moved block: same words, same structure.
      if (oldBlock.key === newBlock.key) {
        blocks.push({
          status: "kept",
          kind: newBlock.shape.kind,
          ...pair,
          runs: wholeRuns(newBlock.tokens, "kept", newBlock.text),
        });
        continue;
      }
      const cost = oldBlock.tokens.length + newBlock.tokens.length;
      const diff =
        cost <= budget
          ? diffWordRuns(oldBlock.tokens, newBlock.tokens, settings.maxWordEdits, {
              old: oldBlock.ids,
              new: newBlock.ids,
            })
          : undefined;
      budget -= cost;
      if (diff) {
        blocks.push({ status: "changed", kind: newBlock.shape.kind, ...pair, runs: diff.runs });
        words.added += diff.added;
        words.removed += diff.removed;
      } else {
        degraded = true;
        words.removed += oldBlock.words;
        words.added += newBlock.words;
        blocks.push(whole("removed", oldBlock, step.old), whole("added", newBlock, step.new));
      }
    }
  }
  return { blocks, stats: redlineStats(blocks, words), degraded };
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
    let text = blockPrefix(shape);
    for (const run of block.runs) if (run.op !== hidden) text += run.text;
    lines.push(text);
  }
  return lines.join("\n");
}
