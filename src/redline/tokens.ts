/**
 * Tokens: the unit the word-level comparison works on.
 *
 * A token is a word or a single punctuation mark, with the whitespace that separated it
 * from the previous token and the inline marks it carries. Prose whitespace is normalised
 * (any run of spaces/newlines becomes one space) so re-wrapping a paragraph changes
 * nothing; code keeps its whitespace exactly.
 */
import type { Marks } from "./model.ts";

export interface Token {
  /** The word, punctuation mark or inline-HTML snippet itself. */
  text: string;
  /** Whitespace before the token: "" or " " in prose, exact whitespace in code. */
  sep: string;
  marks: Marks;
  /** `marksKey(marks)`, kept to merge tokens into runs without re-serialising marks. */
  style: string;
  /**
   * Identity for word comparison: the text, not its marks and not `sep`. Leaving marks out
   * keeps a word whose link target or emphasis changed (a link or formatting change, not
   * a word change); leaving the separator out lets "Foo bar" → "A Foo bar" keep "Foo" and
   * show only the separator change. Raw HTML and image alt text are kept apart from words.
   */
  key: string;
  /** Counts as a word in the stats: a run of letters/digits, not punctuation or raw HTML. */
  word: boolean;
}

/**
 * Words keep inner apostrophes, hyphens and dots ("GitHub's", "opt-in", "3.5"); other
 * punctuation is one token per character. Group 1 is set for words.
 */
const PROSE_TOKEN = /([\p{L}\p{N}\p{M}_]+(?:['’.-][\p{L}\p{N}\p{M}_]+)*)|[^\s\p{L}\p{N}\p{M}_]/gu;
const WORDLIKE = /[\p{L}\p{N}]/u;

/** The formatting among marks (not link or image targets), as a short stable string. */
export function formatKey(marks: Marks): string {
  return (
    (marks.strong ? "s" : "") +
    (marks.emphasis ? "e" : "") +
    (marks.strike ? "d" : "") +
    (marks.code ? "c" : "") +
    (marks.html ? "h" : "")
  );
}

/** A stable serialisation of marks, used in token keys and to merge runs. */
export function marksKey(marks: Marks): string {
  const flags = formatKey(marks);
  const href = marks.href === undefined ? "" : `@${marks.href}`;
  const image = marks.image === undefined ? "" : `!${marks.image}`;
  return `${flags}${href}${image}`;
}

/** Whether a token counts as a word (in the word counts): letters or digits, and not raw HTML. */
export function isWordLike(text: string, marks: Marks): boolean {
  return !marks.html && WORDLIKE.test(text);
}

export function makeToken(
  text: string,
  sep: string,
  marks: Marks,
  style = marksKey(marks),
  word = isWordLike(text, marks),
): Token {
  // Most tokens are not HTML or images; their key is the text itself, saving a string per token.
  const key = marks.html ? `h\u0001${text}` : marks.image !== undefined ? `!\u0001${text}` : text;
  return { text, sep, marks, style, key, word };
}

/** Collapses every whitespace run to one space and trims, the prose normal form. */
export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * Builds the tokens of one prose block from consecutive inline segments.
 *
 * Whitespace may sit at the end of one segment and the start of the next (`foo **bar**`),
 * so the builder remembers pending whitespace across segments and gives the next token
 * a single " " separator; leading and trailing whitespace of the block disappear.
 */
export class ProseTokenizer {
  readonly tokens: Token[] = [];
  #pendingSpace = false;

  /** Adds text split into words and punctuation. */
  text(value: string, marks: Marks): void {
    const style = marksKey(marks);
    let last = 0;
    for (const match of value.matchAll(PROSE_TOKEN)) {
      if (match.index > last) this.#pendingSpace = true;
      this.#push(match[0], marks, style, match[1] !== undefined && !marks.html);
      last = match.index + match[0].length;
    }
    if (last < value.length) this.#pendingSpace = true;
  }

  /** Adds one indivisible token (inline HTML, a footnote reference). */
  atom(value: string, marks: Marks): void {
    const text = normalizeSpace(value);
    if (text === "") return;
    this.#push(text, marks, marksKey(marks), isWordLike(text, marks));
  }

  /** Records whitespace that has no text of its own (a hard line break). */
  space(): void {
    this.#pendingSpace = true;
  }

  #push(text: string, marks: Marks, style: string, word: boolean): void {
    const sep = this.#pendingSpace && this.tokens.length > 0 ? " " : "";
    this.tokens.push(makeToken(text, sep, marks, style, word));
    this.#pendingSpace = false;
  }
}

/** Tokenises prose with no inline structure (e.g. a raw HTML block). */
export function tokenizeProse(value: string, marks: Marks = {}): Token[] {
  const builder = new ProseTokenizer();
  builder.text(value, marks);
  return builder.tokens;
}

/**
 * Tokenises code exactly: non-whitespace runs, each with the whitespace before it, so the
 * tokens concatenate back to the original code (minus trailing whitespace) and an
 * indentation change is a change.
 */
export function tokenizeCode(value: string): Token[] {
  const tokens: Token[] = [];
  // No `code` mark: the block itself is code, marking every token would only add noise.
  const marks: Marks = {};
  const style = marksKey(marks);
  for (const match of value.trimEnd().matchAll(/(\s*)(\S+)/g)) {
    tokens.push(makeToken(match[2] ?? "", match[1] ?? "", marks, style));
  }
  return tokens;
}

/** Number of words among tokens. */
export function countWords(tokens: readonly Token[]): number {
  let count = 0;
  for (const token of tokens) if (token.word) count += 1;
  return count;
}
