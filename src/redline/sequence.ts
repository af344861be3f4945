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

/**
 * Matched elements as index pairs (oldIndex[k], newIndex[k]), increasing in both: two
 * parallel integer arrays rather than a pair object per matched word.
 */
export interface Matches {
  oldIndex: Int32Array;
  newIndex: Int32Array;
  length: number;
}

export interface SequenceMatch {
  matches: Matches;
  /**
   * False when more than `maxEditLength` insertions + deletions were needed among the
   * shared keys: then only the shared head and tail are matched and the middle is left
   * unmatched, which callers show as whole removed/added elements.
   */
  complete: boolean;
}

/**
 * Scratch marks for "this key occurs in the other side's middle", indexed by key and
 * reused across calls (a key counts as present when its mark equals the current round),
 * so finding shared keys allocates nothing per call.
 */
let inOld = new Int32Array(1024);
let inNew = new Int32Array(1024);
let round = 0;

function reserveMarks(maxKey: number): void {
  if (maxKey < inOld.length) return;
  const size = Math.max(maxKey + 1, inOld.length * 2);
  inOld = new Int32Array(size);
  inNew = new Int32Array(size);
  round = 0;
}

/**
 * The matched elements of `oldKeys` and `newKeys` (a longest common subsequence, within
 * the cap). Keys are small non-negative integers (ids from an `Interner`).
 */
export function matchSequences(
  oldKeys: ArrayLike<number>,
  newKeys: ArrayLike<number>,
  maxEditLength: number,
): SequenceMatch {
  const oldLength = oldKeys.length;
  const newLength = newKeys.length;
  const capacity = Math.min(oldLength, newLength);
  const oldIndex = new Int32Array(capacity);
  const newIndex = new Int32Array(capacity);
  let length = 0;
  let head = 0;
  while (head < capacity && oldKeys[head] === newKeys[head]) {
    oldIndex[length] = head;
    newIndex[length] = head;
    length += 1;
    head += 1;
  }
  let tail = 0;
  while (
    tail < oldLength - head &&
    tail < newLength - head &&
    oldKeys[oldLength - 1 - tail] === newKeys[newLength - 1 - tail]
  ) {
    tail += 1;
  }

  // Middle elements whose key also occurs in the middle of the other side.
  const oldEnd = oldLength - tail;
  const newEnd = newLength - tail;
  let maxKey = 0;
  for (let i = head; i < oldEnd; i += 1) maxKey = Math.max(maxKey, oldKeys[i] ?? 0);
  for (let j = head; j < newEnd; j += 1) maxKey = Math.max(maxKey, newKeys[j] ?? 0);
  reserveMarks(maxKey);
  round += 1;
  for (let i = head; i < oldEnd; i += 1) inOld[oldKeys[i] ?? 0] = round;
  for (let j = head; j < newEnd; j += 1) inNew[newKeys[j] ?? 0] = round;
  const oldShared: number[] = [];
  const newShared: number[] = [];
  const oldSharedKeys: number[] = [];
  const newSharedKeys: number[] = [];
  for (let i = head; i < oldEnd; i += 1) {
    const key = oldKeys[i] ?? 0;
    if (inNew[key] === round) {
      oldShared.push(i);
      oldSharedKeys.push(key);
    }
  }
  for (let j = head; j < newEnd; j += 1) {
    const key = newKeys[j] ?? 0;
    if (inOld[key] === round) {
      newShared.push(j);
      newSharedKeys.push(key);
    }
  }

  let complete = true;
  const changes =
    oldShared.length > 0 && newShared.length > 0
      ? diffArrays(oldSharedKeys, newSharedKeys, { maxEditLength })
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
          oldIndex[length] = oldShared[o++] ?? -1;
          newIndex[length] = newShared[n++] ?? -1;
          length += 1;
        }
      }
    }
  }

  for (let k = tail; k > 0; k -= 1) {
    oldIndex[length] = oldLength - k;
    newIndex[length] = newLength - k;
    length += 1;
  }
  return { matches: { oldIndex, newIndex, length }, complete };
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
