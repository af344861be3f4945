/**
 * Matching two sequences of interned keys (block keys or token keys) with jsdiff.
 *
 * Myers' cost grows with the number of edits, and a rewrite is mostly edits. Two cheap
 * steps keep it small without changing the result: the shared head and tail are matched
 * directly, and keys that occur on one side only are set aside before Myers runs — they
 * can never be part of a common subsequence, so the longest common subsequence of what
 * remains is the longest common subsequence of the whole. In a rewrite that leaves Myers
 * only the few blocks (or words) the versions still share.
 */
import { diffArrays } from "diff";

/** Index pairs (old, new) of matched elements, increasing in both. */
export type Matches = [oldIndex: number, newIndex: number][];

export interface SequenceMatch {
  matches: Matches;
  /**
   * False when more than `maxEditLength` insertions + deletions were needed among the
   * shared keys: then only the shared head and tail are matched and the middle is left
   * unmatched, which callers show as whole removed/added elements.
   */
  complete: boolean;
}

/** The matched elements of `oldKeys` and `newKeys` (a longest common subsequence, within the cap). */
export function matchSequences(
  oldKeys: ArrayLike<number>,
  newKeys: ArrayLike<number>,
  maxEditLength: number,
): SequenceMatch {
  const matches: Matches = [];
  let head = 0;
  while (head < oldKeys.length && head < newKeys.length && oldKeys[head] === newKeys[head]) {
    matches.push([head, head]);
    head += 1;
  }
  let tail = 0;
  while (
    tail < oldKeys.length - head &&
    tail < newKeys.length - head &&
    oldKeys[oldKeys.length - 1 - tail] === newKeys[newKeys.length - 1 - tail]
  ) {
    tail += 1;
  }

  // Middle elements whose key also occurs in the middle of the other side.
  const oldEnd = oldKeys.length - tail;
  const newEnd = newKeys.length - tail;
  const inOld = new Set<number>();
  const inNew = new Set<number>();
  for (let i = head; i < oldEnd; i += 1) inOld.add(oldKeys[i] ?? -1);
  for (let j = head; j < newEnd; j += 1) inNew.add(newKeys[j] ?? -1);
  const oldShared: number[] = [];
  const newShared: number[] = [];
  for (let i = head; i < oldEnd; i += 1) if (inNew.has(oldKeys[i] ?? -1)) oldShared.push(i);
  for (let j = head; j < newEnd; j += 1) if (inOld.has(newKeys[j] ?? -1)) newShared.push(j);

  let complete = true;
  const changes =
    oldShared.length > 0 && newShared.length > 0
      ? diffArrays(
          oldShared.map((i) => oldKeys[i] ?? -1),
          newShared.map((j) => newKeys[j] ?? -1),
          { maxEditLength },
        )
      : [];
  if (changes === undefined) complete = false;
  else {
    let o = 0;
    let n = 0;
    for (const change of changes) {
      if (change.removed) o += change.count;
      else if (change.added) n += change.count;
      else {
        for (let k = 0; k < change.count; k += 1) {
          matches.push([oldShared[o++] ?? -1, newShared[n++] ?? -1]);
        }
      }
    }
  }

  for (let k = tail; k > 0; k -= 1) matches.push([oldKeys.length - k, newKeys.length - k]);
  return { matches, complete };
}

/** Gives every distinct string a small integer, shared by both sides of one comparison. */
export class Interner {
  readonly #ids = new Map<string, number>();

  id(key: string): number {
    let id = this.#ids.get(key);
    if (id === undefined) {
      id = this.#ids.size;
      this.#ids.set(key, id);
    }
    return id;
  }
}
