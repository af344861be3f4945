/**
 * Word-level comparison of one old block with the new block it was paired with.
 *
 * Tokens are compared by word + inline marks (interned, matched by jsdiff via `sequence.ts`), so
 * a changed link target or a word that became bold is a change, while re-wrapping is not.
 * Separators are not part of a token's identity: when a kept word's preceding whitespace
 * differs, only that whitespace is shown removed/added.
 */
import type { Run, RunOp } from "./model.ts";
import type { Token } from "./tokens.ts";
import { matchSequences } from "./sequence.ts";

/**
 * Accumulates runs, merging neighbours with the same operation and marks. A run's text is
 * kept as parts and joined once in `finish`: appending per token would build a chain of
 * cons strings per run, garbage the first comparisons of a build spend their time on.
 */
class RunBuilder {
  readonly #runs: Run[] = [];
  readonly #parts: string[][] = [];
  #lastStyle = "";
  #lastOp: RunOp | undefined;

  /**
   * Adds `text` + `more` (e.g. a token's separator and its text) with the token's marks;
   * `was` is the old token of a kept word whose marks changed.
   */
  push(op: RunOp, token: Token | undefined, text: string, more = "", was?: Token): void {
    if (text === "" && more === "") return;
    const changed = was !== undefined && was.style !== token?.style;
    const style = changed ? `${token?.style ?? ""}\u0004${was.style}` : (token?.style ?? "");
    const parts = this.#parts.at(-1);
    if (parts && this.#lastOp === op && this.#lastStyle === style) {
      if (text !== "") parts.push(text);
      if (more !== "") parts.push(more);
      return;
    }
    this.#runs.push(
      changed
        ? { ...token?.marks, op, text: "", was: was.marks }
        : { ...token?.marks, op, text: "" },
    );
    this.#parts.push(text === "" ? [more] : more === "" ? [text] : [text, more]);
    this.#lastStyle = style;
    this.#lastOp = op;
  }

  finish(): Run[] {
    this.#runs.forEach((run, i) => {
      const parts = this.#parts[i] ?? [];
      run.text = parts.length === 1 ? (parts[0] ?? "") : parts.join("");
    });
    return this.#runs;
  }
}

/**
 * Whole-block runs, built once per block and operation: most blocks of a version are kept
 * in every comparison it takes part in, so rebuilding them each time is wasted work. The
 * cached runs are frozen because several redlines share them.
 */
const wholeRunCache = new WeakMap<readonly Token[], Partial<Record<RunOp, readonly Run[]>>>();

/**
 * One block's tokens as runs that all have the same operation (a kept, added or removed
 * block). Each run's text is a slice of the block's `text` (its tokens joined), so a
 * block with one style throughout reuses its text as is.
 */
export function wholeRuns(tokens: readonly Token[], op: RunOp, text: string): readonly Run[] {
  let byOp = wholeRunCache.get(tokens);
  if (!byOp) wholeRunCache.set(tokens, (byOp = {}));
  let runs = byOp[op];
  if (!runs) {
    runs = Object.freeze(slicedRuns(tokens, op, text));
    byOp[op] = runs;
  }
  return runs;
}

function slicedRuns(tokens: readonly Token[], op: RunOp, text: string): Run[] {
  const runs: Run[] = [];
  let start = 0;
  let end = 0;
  // The token that opened the current run: the run carries its marks, as in RunBuilder.
  let opener: Token | undefined;
  for (const token of tokens) {
    const length = token.sep.length + token.text.length;
    if (length === 0) continue;
    if (opener && token.style !== opener.style) {
      runs.push(Object.freeze({ ...opener.marks, op, text: text.slice(start, end) }));
      start = end;
      opener = undefined;
    }
    opener ??= token;
    end += length;
  }
  if (opener) runs.push(Object.freeze({ ...opener.marks, op, text: text.slice(start, end) }));
  return runs;
}

/** What a word-level comparison found, for the stats: counted on tokens, as runs merge them. */
export interface WordCounts {
  /** Words (not punctuation or raw HTML) added and removed. */
  added: number;
  removed: number;
  /** Punctuation marks and raw HTML snippets added and removed. */
  punctuationAdded: number;
  punctuationRemoved: number;
}

export interface WordRuns extends WordCounts {
  runs: Run[];
}

export const noWords = (): WordCounts => ({
  added: 0,
  removed: 0,
  punctuationAdded: 0,
  punctuationRemoved: 0,
});

/** Adds `more` into `into` (the counts of a block into the counts of a redline); `sign` -1 takes them out. */
export function addCounts(into: WordCounts, more: WordCounts, sign: 1 | -1 = 1): void {
  into.added += sign * more.added;
  into.removed += sign * more.removed;
  into.punctuationAdded += sign * more.punctuationAdded;
  into.punctuationRemoved += sign * more.punctuationRemoved;
}

/** Counts one added or removed token: a word, or punctuation (raw HTML included). */
function countToken(counts: WordCounts, token: Token, op: "added" | "removed"): void {
  if (op === "added") {
    if (token.word) counts.added += 1;
    else counts.punctuationAdded += 1;
  } else if (token.word) counts.removed += 1;
  else counts.punctuationRemoved += 1;
}

/** The counts of a block added or removed whole: its words, and its other tokens as punctuation. */
export function wholeCounts(
  block: { tokens: readonly Token[]; words: number },
  op: "added" | "removed",
): WordCounts {
  const counts = noWords();
  const punctuation = block.tokens.length - block.words;
  if (op === "added") {
    counts.added = block.words;
    counts.punctuationAdded = punctuation;
  } else {
    counts.removed = block.words;
    counts.punctuationRemoved = punctuation;
  }
  return counts;
}

/**
 * Word runs between two versions of a block, or `undefined` when more than
 * `maxEditLength` words would have to be inserted/deleted (the caller then shows the
 * blocks whole rather than spend quadratic time on a rewrite). `ids` are the tokens'
 * keys as integers (`VersionBlock.ids`).
 */
export function diffWordRuns(
  oldTokens: readonly Token[],
  newTokens: readonly Token[],
  maxEditLength: number,
  ids: { old: ArrayLike<number>; new: ArrayLike<number> },
): WordRuns | undefined {
  const { matches, complete } = matchSequences(ids.old, ids.new, maxEditLength);
  if (!complete) return undefined;

  const builder = new RunBuilder();
  const counts = noWords();
  const change = (op: "added" | "removed", token: Token | undefined) => {
    if (!token) return;
    builder.push(op, token, token.sep, token.text);
    countToken(counts, token, op);
  };
  let o = 0;
  let n = 0;
  for (let k = 0; k <= matches.length; k += 1) {
    const matchedOld = k < matches.length ? (matches.oldIndex[k] ?? 0) : oldTokens.length;
    const matchedNew = k < matches.length ? (matches.newIndex[k] ?? 0) : newTokens.length;
    for (; o < matchedOld; o += 1) change("removed", oldTokens[o]);
    for (; n < matchedNew; n += 1) change("added", newTokens[n]);
    const oldToken = oldTokens[o++];
    const newToken = newTokens[n++];
    if (!oldToken || !newToken) continue;
    if (oldToken.sep === newToken.sep) {
      builder.push("kept", newToken, newToken.sep, newToken.text, oldToken);
    } else {
      builder.push("removed", undefined, oldToken.sep);
      builder.push("added", undefined, newToken.sep);
      builder.push("kept", newToken, newToken.text, "", oldToken);
    }
  }
  return { runs: builder.finish(), ...counts };
}
