/**
 * Word-level comparison of one old block with the new block it was paired with.
 *
 * Tokens are compared by word + inline marks (jsdiff `diffArrays` with a comparator), so
 * a changed link target or a word that became bold is a change, while re-wrapping is not.
 * Separators are not part of a token's identity: when a kept word's preceding whitespace
 * differs, only that whitespace is shown removed/added.
 */
import { diffArrays } from "diff";
import type { Run, RunOp } from "./model.ts";
import type { Token } from "./tokens.ts";

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

/** One block's tokens as runs that all have the same operation (a kept, added or removed block). */
export function wholeRuns(tokens: readonly Token[], op: RunOp): Run[] {
  const builder = new RunBuilder();
  for (const token of tokens) builder.push(op, token.sep + token.text, token);
  return builder.runs;
}

/** Runs for a whole-block replacement: every old token removed, then every new token added. */
export function replacementRuns(oldTokens: readonly Token[], newTokens: readonly Token[]): Run[] {
  return [...wholeRuns(oldTokens, "removed"), ...wholeRuns(newTokens, "added")];
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
): Run[] | undefined {
  // Shared head and tail are matched directly; only the middle goes through Myers.
  let head = 0;
  const shortest = Math.min(oldTokens.length, newTokens.length);
  while (head < shortest && oldTokens[head]?.key === newTokens[head]?.key) head += 1;
  let tail = 0;
  while (
    tail < shortest - head &&
    oldTokens[oldTokens.length - 1 - tail]?.key === newTokens[newTokens.length - 1 - tail]?.key
  ) {
    tail += 1;
  }
  const oldMid = oldTokens.slice(head, oldTokens.length - tail);
  const newMid = newTokens.slice(head, newTokens.length - tail);
  const changes =
    oldMid.length === 0 || newMid.length === 0
      ? [
          { count: oldMid.length, added: false, removed: true },
          { count: newMid.length, added: true, removed: false },
        ]
      : diffArrays(oldMid, newMid, {
          comparator: (a, b) => a.key === b.key,
          maxEditLength,
        });
  if (changes === undefined) return undefined;

  const builder = new RunBuilder();
  let o = 0;
  let n = 0;
  const keep = (): void => {
    const oldToken = oldTokens[o++];
    const newToken = newTokens[n++];
    if (!oldToken || !newToken) return;
    if (oldToken.sep !== newToken.sep) {
      builder.push("removed", oldToken.sep, undefined);
      builder.push("added", newToken.sep, undefined);
      builder.push("kept", newToken.text, newToken);
    } else {
      builder.push("kept", newToken.sep + newToken.text, newToken);
    }
  };
  for (let k = 0; k < head; k += 1) keep();
  for (const change of changes) {
    for (let k = 0; k < change.count; k += 1) {
      if (change.removed) {
        const token = oldTokens[o++];
        if (token) builder.push("removed", token.sep + token.text, token);
      } else if (change.added) {
        const token = newTokens[n++];
        if (token) builder.push("added", token.sep + token.text, token);
      } else {
        keep();
      }
    }
  }
  for (let k = 0; k < tail; k += 1) keep();
  return builder.runs;
}
