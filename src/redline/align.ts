/**
 * Block alignment: which old block corresponds to which new block.
 *
 * 1. Identical blocks are matched by Myers' diff (jsdiff `diffArrays`) over interned block
 *    keys — a few hundred small integers per version, so this is cheap.
 * 2. Between two matched blocks, the removed and added blocks (a "hunk") are paired by
 *    word overlap, keeping order; only pairs get a word-level comparison. Blocks with no
 *    similar partner stay whole, so an added section shows as whole added blocks rather
 *    than words scattered over its neighbours.
 *
 * Both steps are capped, so a near-total rewrite degrades to whole blocks instead of stalling.
 */
import { Interner, matchSequences } from "./sequence.ts";
import type { VersionBlock } from "./blocks.ts";

export type AlignStep =
  | { op: "kept"; old: number; new: number }
  | { op: "paired"; old: number; new: number }
  | { op: "removed"; old: number }
  | { op: "added"; new: number };

export interface AlignOptions {
  /** Max block insertions + deletions Myers may explore before giving up on the hunk. */
  maxBlockEdits: number;
  /** Minimum word-set similarity (Dice coefficient, 0..1) for two blocks to be paired. */
  pairThreshold: number;
  /** Above this many removed × added blocks, pairing uses a bounded greedy scan instead of the full table. */
  maxPairCells: number;
}

export interface Alignment {
  steps: AlignStep[];
  /** True when Myers hit `maxBlockEdits` and the middle of the versions was treated as one hunk. */
  degraded: boolean;
}

export const defaultAlignOptions: AlignOptions = {
  maxBlockEdits: 2000,
  pairThreshold: 0.5,
  maxPairCells: 40_000,
};

/** How far ahead the greedy pairing looks for a partner. */
const GREEDY_WINDOW = 24;

export function alignBlocks(
  oldBlocks: readonly VersionBlock[],
  newBlocks: readonly VersionBlock[],
  options: AlignOptions = defaultAlignOptions,
): Alignment {
  const interner = new Interner();
  const { matches, complete } = matchSequences(
    oldBlocks.map((block) => interner.id(block.key)),
    newBlocks.map((block) => interner.id(block.key)),
    options.maxBlockEdits,
  );
  const similarity = new Similarity(oldBlocks, newBlocks, options.pairThreshold);
  const steps: AlignStep[] = [];
  let o = 0;
  let n = 0;
  // Between two matched blocks lies a hunk of removed and added blocks to pair up.
  for (let k = 0; k <= matches.length; k += 1) {
    const matchedOld = k < matches.length ? (matches.oldIndex[k] ?? 0) : oldBlocks.length;
    const matchedNew = k < matches.length ? (matches.newIndex[k] ?? 0) : newBlocks.length;
    const removed: number[] = [];
    const added: number[] = [];
    for (; o < matchedOld; o += 1) removed.push(o);
    for (; n < matchedNew; n += 1) added.push(n);
    pairHunk(removed, added, similarity, options, steps);
    if (o < oldBlocks.length && n < newBlocks.length)
      steps.push({ op: "kept", old: o++, new: n++ });
  }
  return { steps, degraded: !complete };
}

/**
 * Pairs removed with added blocks of the same kind by similarity, in order, maximising
 * total similarity (a small Needleman–Wunsch table with free gaps); unpaired blocks stay
 * whole. Emits removed blocks before added ones between pairs, as a reader expects.
 */
function pairHunk(
  removed: readonly number[],
  added: readonly number[],
  similarity: Similarity,
  options: AlignOptions,
  steps: AlignStep[],
): void {
  const pairs =
    removed.length === 0 || added.length === 0
      ? []
      : removed.length * added.length <= options.maxPairCells
        ? pairByTable(removed, added, similarity, options.pairThreshold)
        : pairGreedily(removed, added, similarity, options.pairThreshold);
  let r = 0;
  let a = 0;
  for (const [pr, pa] of [...pairs, [removed.length, added.length] as const]) {
    for (; r < pr; r += 1) steps.push({ op: "removed", old: removed[r] ?? -1 });
    for (; a < pa; a += 1) steps.push({ op: "added", new: added[a] ?? -1 });
    if (pr < removed.length && pa < added.length) {
      steps.push({ op: "paired", old: removed[pr] ?? -1, new: added[pa] ?? -1 });
      r = pr + 1;
      a = pa + 1;
    }
  }
}

/** Positions (into `removed`, `added`) of the chosen pairs, in order. */
type Pairs = (readonly [number, number])[];

function pairByTable(
  removed: readonly number[],
  added: readonly number[],
  similarity: Similarity,
  threshold: number,
): Pairs {
  const rows = removed.length + 1;
  const cols = added.length + 1;
  const score = new Float64Array(rows * cols);
  const sims = new Float64Array(rows * cols);
  for (let i = 1; i < rows; i += 1) {
    for (let j = 1; j < cols; j += 1) {
      const sim = similarity.of(removed[i - 1] ?? 0, added[j - 1] ?? 0);
      sims[i * cols + j] = sim;
      const skip = Math.max(score[(i - 1) * cols + j] ?? 0, score[i * cols + j - 1] ?? 0);
      const take = sim >= threshold ? (score[(i - 1) * cols + j - 1] ?? 0) + sim : -1;
      score[i * cols + j] = Math.max(skip, take);
    }
  }
  const pairs: Pairs = [];
  let i = removed.length;
  let j = added.length;
  while (i > 0 && j > 0) {
    const here = score[i * cols + j] ?? 0;
    const sim = sims[i * cols + j] ?? 0;
    if (sim >= threshold && here === (score[(i - 1) * cols + j - 1] ?? 0) + sim) {
      pairs.push([i - 1, j - 1]);
      i -= 1;
      j -= 1;
    } else if (here === (score[(i - 1) * cols + j] ?? 0)) {
      i -= 1;
    } else {
      j -= 1;
    }
  }
  return pairs.reverse();
}

/** Bounded fallback for huge hunks: each removed block takes the best partner within a window ahead. */
function pairGreedily(
  removed: readonly number[],
  added: readonly number[],
  similarity: Similarity,
  threshold: number,
): Pairs {
  const pairs: Pairs = [];
  let next = 0;
  removed.forEach((oldIndex, r) => {
    let best = -1;
    let bestSim = threshold;
    for (let a = next; a < Math.min(added.length, next + GREEDY_WINDOW); a += 1) {
      const sim = similarity.of(oldIndex, added[a] ?? 0);
      if (sim >= bestSim && (best === -1 || sim > bestSim)) {
        best = a;
        bestSim = sim;
      }
    }
    if (best !== -1) {
      pairs.push([r, best]);
      next = best + 1;
    }
  });
  return pairs;
}

/** Word-set similarity between an old and a new block. */
class Similarity {
  readonly #oldBlocks: readonly VersionBlock[];
  readonly #newBlocks: readonly VersionBlock[];
  readonly #threshold: number;

  constructor(
    oldBlocks: readonly VersionBlock[],
    newBlocks: readonly VersionBlock[],
    threshold: number,
  ) {
    this.#oldBlocks = oldBlocks;
    this.#newBlocks = newBlocks;
    this.#threshold = threshold;
  }

  /** Dice coefficient of the two blocks' word sets; 0 for different kinds or when it can't reach the threshold. */
  of(oldIndex: number, newIndex: number): number {
    const oldBlock = this.#oldBlocks[oldIndex];
    const newBlock = this.#newBlocks[newIndex];
    if (!oldBlock || !newBlock || !comparableKinds(oldBlock, newBlock)) return 0;
    // Cells are short (often one word), so word overlap says little; the column does:
    // a cell in the same column of a changed row is the same cell, changed.
    if (oldBlock.shape.kind === "table-cell" && newBlock.shape.kind === "table-cell") {
      return oldBlock.shape.column === newBlock.shape.column ? 1 : 0;
    }
    const a = wordSet(oldBlock);
    const b = wordSet(newBlock);
    if (a.size === 0 && b.size === 0) return 1;
    return dice(a, b, this.#threshold);
  }
}

/** Dice coefficient of two word sets; 0 when their sizes alone keep it under `threshold` (no intersection then). */
export function dice(a: ReadonlySet<string>, b: ReadonlySet<string>, threshold: number): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if ((2 * small.size) / (a.size + b.size) < threshold) return 0;
  let common = 0;
  for (const word of small) if (large.has(word)) common += 1;
  return (2 * common) / (a.size + b.size);
}

/**
 * Prose blocks compare with each other whatever their shape: a paragraph that became a
 * list item, or a heading that became a paragraph, keeps its words. Other kinds (table
 * cells, code, raw HTML, rules) only with their own kind.
 */
const PROSE = new Set(["paragraph", "list-item", "heading"]);

export function comparableKinds(a: VersionBlock, b: VersionBlock): boolean {
  return a.shape.kind === b.shape.kind || (PROSE.has(a.shape.kind) && PROSE.has(b.shape.kind));
}

/** Each block's lower-cased words, built once per block: a version takes part in several comparisons. */
const wordSets = new WeakMap<VersionBlock, Set<string>>();

export function wordSet(block: VersionBlock): Set<string> {
  let set = wordSets.get(block);
  if (!set) {
    set = new Set();
    for (const token of block.tokens) if (token.word) set.add(token.text.toLowerCase());
    wordSets.set(block, set);
  }
  return set;
}
