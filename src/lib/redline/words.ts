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
import { Interner, matchSequences } from "./sequence.ts";

/** Accumulates runs, merging neighbours with the same operation and marks. */
class RunBuilder {
  readonly runs: Run[] = [];
  #lastStyle = "";

  push(op: RunOp, text: string, token: Token | undefined): void {
    if (text === "") return;
    const style = token?.style ?? "";
    const last = this.runs.at(-1);
    if (last && last.op === op && this.#lastStyle === style) {
      last.text += text;
      return;
    }
    this.runs.push({ ...token?.marks, op, text });
    this.#lastStyle = style;
  }
}

/**
 * Whole-block runs, built once per block and operation: most blocks of a version are kept
 * in every comparison it takes part in, so rebuilding them each time is wasted work. The
 * cached runs are frozen because several redlines share them.
 */
const wholeRunCache = new WeakMap<readonly Token[], Partial<Record<RunOp, readonly Run[]>>>();

/** One block's tokens as runs that all have the same operation (a kept, added or removed block). */
export function wholeRuns(tokens: readonly Token[], op: RunOp): readonly Run[] {
  let byOp = wholeRunCache.get(tokens);
  if (!byOp) wholeRunCache.set(tokens, (byOp = {}));
  let runs = byOp[op];
  if (!runs) {
    const builder = new RunBuilder();
    for (const token of tokens) builder.push(op, token.sep + token.text, token);
    runs = Object.freeze(builder.runs.map((run) => Object.freeze(run)));
    byOp[op] = runs;
  }
  return runs;
}

export interface WordRuns {
  runs: Run[];
  /** Words (not punctuation or raw HTML) in added and removed runs, for the stats. */
  added: number;
  removed: number;
}

/**
 * Word runs between two versions of a block, or `undefined` when more than
 * `maxEditLength` words would have to be inserted/deleted (the caller then shows the
 * blocks whole rather than spend quadratic time on a rewrite).
 */
export function diffWordRuns(
  oldTokens: readonly Token[],
  newTokens: readonly Token[],
  maxEditLength: number,
): WordRuns | undefined {
  const interner = new Interner();
  const { matches, complete } = matchSequences(
    oldTokens.map((token) => interner.id(token.key)),
    newTokens.map((token) => interner.id(token.key)),
    maxEditLength,
  );
  if (!complete) return undefined;

  const builder = new RunBuilder();
  let added = 0;
  let removed = 0;
  let o = 0;
  let n = 0;
  for (const [matchedOld, matchedNew] of [...matches, [oldTokens.length, newTokens.length]]) {
    for (; o < (matchedOld ?? 0); o += 1) {
      const token = oldTokens[o];
      if (!token) continue;
      builder.push("removed", token.sep + token.text, token);
      if (token.word) removed += 1;
    }
    for (; n < (matchedNew ?? 0); n += 1) {
      const token = newTokens[n];
      if (!token) continue;
      builder.push("added", token.sep + token.text, token);
      if (token.word) added += 1;
    }
    const oldToken = oldTokens[o++];
    const newToken = newTokens[n++];
    if (!oldToken || !newToken) continue;
    if (oldToken.sep === newToken.sep) {
      builder.push("kept", newToken.sep + newToken.text, newToken);
    } else {
      builder.push("removed", oldToken.sep, undefined);
      builder.push("added", newToken.sep, undefined);
      builder.push("kept", newToken.text, newToken);
    }
  }
  return { runs: builder.runs, added, removed };
}
