/**
 * A compact, JSON-friendly form of a prepared version, for the compare page: the browser
 * fetches two versions in this form and compares them without parsing Markdown (no
 * Markdown parser in the page's bundle).
 *
 * `prepareVersion`'s objects repeat every token's text in its key and style (about 750 KB
 * of JSON for a long policy); packed, a token is one string (separator + text) and an
 * index into a shared table of marks only when it has marks.
 */
import { makeBlock } from "./blocks.ts";
import type { PreparedVersion, VersionBlock } from "./blocks.ts";
import type { BlockShape, Marks } from "./model.ts";
import { isWordLike, makeToken, marksKey } from "./tokens.ts";
import type { Token } from "./tokens.ts";

/** One block: its shape, its tokens (separator + text), and where needed marks and word flags. */
export interface PackedBlock {
  shape: BlockShape;
  tokens: string[];
  /** Index into `PackedVersion.marks` per token; absent when every token is unmarked. */
  marks?: number[];
  /** Tokens whose word flag is not what `makeToken` infers from their text (e.g. "_"). */
  wordFlips?: number[];
}

export interface PackedVersion {
  type: "redline-packed-version";
  /** Distinct marks; index 0 is always "no marks". */
  marks: Marks[];
  blocks: PackedBlock[];
}

const LEADING_SPACE = /^\s*/;

export function packVersion(version: PreparedVersion): PackedVersion {
  const marks: Marks[] = [{}];
  const marksIndex = new Map<string, number>([["", 0]]);
  const blocks = version.blocks.map((block): PackedBlock => {
    const packed: PackedBlock = { shape: block.shape, tokens: [] };
    const indexes: number[] = [];
    const flips: number[] = [];
    block.tokens.forEach((token, i) => {
      packed.tokens.push(token.sep + token.text);
      let index = marksIndex.get(token.style);
      if (index === undefined) {
        index = marks.length;
        marks.push(token.marks);
        marksIndex.set(token.style, index);
      }
      indexes.push(index);
      if (isWordLike(token.text, token.marks) !== token.word) flips.push(i);
    });
    if (indexes.some((index) => index !== 0)) packed.marks = indexes;
    if (flips.length > 0) packed.wordFlips = flips;
    return packed;
  });
  return { type: "redline-packed-version", marks, blocks };
}

/** The prepared version `packVersion` was given, rebuilt (equal as data). */
export function unpackVersion(packed: PackedVersion): PreparedVersion {
  // Each distinct set of marks is keyed once per version, not once per token.
  const styles = packed.marks.map((marks) => marksKey(marks));
  const blocks = packed.blocks.map((block): VersionBlock => {
    const flips = new Set(block.wordFlips ?? []);
    const tokens = block.tokens.map((joined, i): Token => {
      const sep = LEADING_SPACE.exec(joined)?.[0] ?? "";
      const index = block.marks?.[i] ?? 0;
      const marks = packed.marks[index] ?? {};
      const token = makeToken(
        joined.slice(sep.length),
        sep,
        marks,
        styles[index] ?? marksKey(marks),
      );
      return flips.has(i) ? { ...token, word: !token.word } : token;
    });
    return makeBlock(block.shape, tokens);
  });
  return { type: "redline-version", blocks };
}
