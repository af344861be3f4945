/**
 * Moves: a block removed at one place and added at another, with the same or similar
 * words, is one block that moved. Block alignment (align.ts) keeps order, so it can only
 * see such a block as removed and added whole; this pass, run on the aligned redline,
 * finds those pairs anywhere in the two versions.
 *
 * Invariant: a move replaces one whole removed block by a "from" end holding its old side
 * (all runs kept) and one whole added block by a "to" end holding its new side (its word
 * changes against the old text), so each side of the redline still rebuilds its version.
 */
import { comparableKinds, dice, wordSet } from "./align.ts";
import type { VersionBlock } from "./blocks.ts";
import type { RedlineBlock } from "./model.ts";

/** Minimum word-set similarity (Dice, 0..1) for a removed and an added block to be one moved block. */
export const MOVE_THRESHOLD = 0.6;
/** Blocks this short are only a move with exactly the same text: a few common words match too easily. */
const MIN_SIMILAR_WORDS = 4;
/** Above this many removed × added blocks, only exact moves are looked for (a rewrite is not a move). */
const MAX_MOVE_CELLS = 60_000;

/** A removed block (index into the redline's blocks) and the added block it moved to. */
export interface MovePair {
  from: number;
  to: number;
}

/**
 * Pairs of whole removed and whole added blocks of `blocks` that are one moved block,
 * ordered by where the block left. Each block is in at most one pair; the most similar
 * pairs are taken first.
 */
export function findMoves(
  blocks: readonly RedlineBlock[],
  oldBlocks: readonly VersionBlock[],
  newBlocks: readonly VersionBlock[],
): MovePair[] {
  const removed: number[] = [];
  const added: number[] = [];
  blocks.forEach((block, i) => {
    if (block.status === "removed" && movable(block.old && oldBlocks[block.old.index]))
      removed.push(i);
    else if (block.status === "added" && movable(block.new && newBlocks[block.new.index]))
      added.push(i);
  });
  if (removed.length === 0 || added.length === 0) return [];

  const oldOf = (i: number) => oldBlocks[blocks[i]?.old?.index ?? -1];
  const newOf = (i: number) => newBlocks[blocks[i]?.new?.index ?? -1];
  const candidates: { from: number; to: number; score: number }[] = [];
  const similar = removed.length * added.length <= MAX_MOVE_CELLS;
  const addedByKey = new Map<string, number[]>();
  for (const a of added) {
    const key = newOf(a)?.key ?? "";
    const list = addedByKey.get(key);
    if (list) list.push(a);
    else addedByKey.set(key, [a]);
  }
  // Each added block's word set, built once: every removed block is held against them all.
  const addedSets = added.map((a) => {
    const block = newOf(a);
    return block && block.words >= MIN_SIMILAR_WORDS
      ? { a, block, words: wordSet(block) }
      : undefined;
  });
  for (const r of removed) {
    const oldBlock = oldOf(r);
    if (!oldBlock) continue;
    // Exact moves first (score above any similarity), nearest first.
    for (const a of addedByKey.get(oldBlock.key) ?? [])
      candidates.push({ from: r, to: a, score: 2 - Math.abs(a - r) / (blocks.length + 1) });
    if (!similar || oldBlock.words < MIN_SIMILAR_WORDS) continue;
    const oldWords = wordSet(oldBlock);
    for (const entry of addedSets) {
      if (!entry || entry.block.key === oldBlock.key || !comparableKinds(oldBlock, entry.block))
        continue;
      const score = dice(oldWords, entry.words, MOVE_THRESHOLD);
      if (score >= MOVE_THRESHOLD) candidates.push({ from: r, to: entry.a, score });
    }
  }
  candidates.sort((x, y) => y.score - x.score);
  const used = new Set<number>();
  const pairs: MovePair[] = [];
  for (const { from, to } of candidates) {
    if (used.has(from) || used.has(to)) continue;
    used.add(from);
    used.add(to);
    pairs.push({ from, to });
  }
  return pairs.sort((x, y) => x.from - y.from);
}

/** Table cells and blocks without words (rules, empty items) are never moves. */
function movable(block: VersionBlock | undefined): boolean {
  return block !== undefined && block.shape.kind !== "table-cell" && block.words > 0;
}
