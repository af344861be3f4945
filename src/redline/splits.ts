/**
 * Splits and merges: one old block that became two new blocks with the same words (or
 * two old blocks that became one). Block alignment pairs the old block with one of the
 * new ones, so the other one's words would show as added here and removed there; this pass
 * compares the old block with both new blocks joined, and keeps that comparison when it
 * marks clearly fewer words.
 *
 * Invariant: the joined comparison is cut at the boundary between the two blocks on the
 * joined side, giving two rows. The second row's other side continues the first row's
 * (`continues`), so each side of the redline still rebuilds its version line for line.
 */
import { wordSet } from "./align.ts";
import type { VersionBlock } from "./blocks.ts";
import type { BlockSide, RedlineBlock, Run } from "./model.ts";
import { addCounts, diffWordRuns, noWords, wholeCounts } from "./words.ts";
import type { WordCounts, WordRuns } from "./words.ts";

/** Max tokens (both sides) one joined comparison may look at. */
const MAX_JOINED_TOKENS = 4000;

/** The two rows that replace the changed block and the whole block, in order. */
export interface Joined {
  first: RedlineBlock;
  second: RedlineBlock;
  counts: WordCounts;
  /** The counts the two rows had before (the pair's comparison and the whole block). */
  replaced: WordCounts;
}

const changedWords = (counts: WordCounts) =>
  counts.added + counts.removed + counts.punctuationAdded + counts.punctuationRemoved;

/**
 * For a "changed" block next to a whole "added" block (a split) or a whole "removed"
 * block (a merge), before or after it: the two rows of the joined comparison, when it is
 * clearly better. `at` is the changed block's index, `whole` the other one's (at ± 1).
 */
export function joinSplit(
  blocks: readonly RedlineBlock[],
  at: number,
  whole: number,
  oldBlocks: readonly VersionBlock[],
  newBlocks: readonly VersionBlock[],
  pairCounts: WordCounts,
  maxWordEdits: number,
): Joined | undefined {
  const pair = blocks[at];
  const other = blocks[whole];
  if (pair?.status !== "changed" || !other) return undefined;
  const { old: pairOld, new: pairNew } = pair;
  if (!pairOld || !pairNew) return undefined;
  const sides = { old: pairOld, new: pairNew };
  // A split joins the new side (one old block, two new ones); a merge the old side.
  const joined = other.status === "added" ? "new" : other.status === "removed" ? "old" : undefined;
  const single = joined === "new" ? "old" : "new";
  const otherSide = joined && other[joined];
  if (!joined || !otherSide) return undefined;
  const version = (side: "old" | "new") => (side === "old" ? oldBlocks : newBlocks);
  const pairBlock = version(joined)[sides[joined].index];
  const otherBlock = version(joined)[otherSide.index];
  const singleBlock = version(single)[sides[single].index];
  if (!pairBlock || !otherBlock || !singleBlock || otherBlock.words === 0) return undefined;
  if (otherBlock.shape.kind !== pairBlock.shape.kind) return undefined;
  // Cheap tests first. The other block's words must be words the pair's comparison marked
  // on the single side (removed for a split, added for a merge), and mostly words of the
  // single block; otherwise joining cannot unmark half of them.
  const marked = joined === "new" ? pairCounts.removed : pairCounts.added;
  if (marked < otherBlock.words / 2) return undefined;
  const singleWords = wordSet(singleBlock);
  let shared = 0;
  for (const word of wordSet(otherBlock)) if (singleWords.has(word)) shared += 1;
  if (shared < wordSet(otherBlock).size / 2) return undefined;
  const ordered = whole < at ? [otherBlock, pairBlock] : [pairBlock, otherBlock];
  const [oldSide, newSide] = joined === "new" ? [[singleBlock], ordered] : [ordered, [singleBlock]];
  const tokens = (side: VersionBlock[]) => side.flatMap((block) => block.tokens);
  const ids = (side: VersionBlock[]) => Int32Array.from(side.flatMap((block) => [...block.ids]));
  if (tokens(oldSide).length + tokens(newSide).length > MAX_JOINED_TOKENS) return undefined;
  const diff = diffWordRuns(tokens(oldSide), tokens(newSide), maxWordEdits, {
    old: ids(oldSide),
    new: ids(newSide),
  });
  if (!diff) return undefined;
  const otherCounts = wholeCounts(otherBlock, joined === "new" ? "added" : "removed");
  const before = changedWords(pairCounts) + changedWords(otherCounts);
  // Worth it only when at least half of the other block's words are no longer marked.
  if (before - changedWords(diff) < otherBlock.words / 2) return undefined;
  const replaced = noWords();
  addCounts(replaced, pairCounts);
  addCounts(replaced, otherCounts);
  const [head, tail] = cutRuns(diff, joined, ordered[0]?.text ?? "");
  const [firstSide, secondSide] =
    whole < at ? [otherSide, sides[joined]] : [sides[joined], otherSide];
  const row = (side: BlockSide, runs: Run[]): RedlineBlock => {
    const both = joined === "new" ? { old: pairOld, new: side } : { old: side, new: pairNew };
    return { status: "changed", kind: both.new.kind, ...both, runs };
  };
  return {
    first: row(firstSide, head),
    second: { ...row(secondSide, tail), continues: single },
    counts: diff,
    replaced,
  };
}

/**
 * Cuts runs where `side`'s text reaches `length` characters (the end of the first block on
 * that side); runs of the other side only stay with the part they stand in.
 */
function cutRuns(diff: WordRuns, side: "old" | "new", first: string): [Run[], Run[]] {
  const hidden = side === "old" ? "added" : "removed";
  const head: Run[] = [];
  const tail: Run[] = [];
  let seen = 0;
  for (const run of diff.runs) {
    if (run.op === hidden) {
      (seen < first.length ? head : tail).push(run);
    } else if (seen + run.text.length <= first.length) {
      head.push(run);
      seen += run.text.length;
    } else {
      const cut = first.length - seen;
      if (cut > 0) head.push({ ...run, text: run.text.slice(0, cut) });
      tail.push({ ...run, text: run.text.slice(Math.max(0, cut)) });
      seen += run.text.length;
    }
  }
  return [head, tail];
}
