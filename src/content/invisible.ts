/**
 * Characters that change how text around them is shown without being seen themselves:
 * control characters, bidirectional embeddings, overrides and isolates (an unclosed
 * U+202E shows the rest of a line backwards, in a title, a notice e-mail's subject or a
 * terminal), and invisible spaces and joiners that make two equal-looking names differ.
 *
 * Left alone, because writing systems need them and they reorder nothing beyond
 * themselves: tab and line feed, the zero-width (non-)joiner U+200C/U+200D (Persian,
 * Indic scripts, emoji) and the left-to-right and right-to-left marks U+200E/U+200F.
 */

const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- finding them is the point
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\uFFF9-\uFFFB]/;
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, "g");

const NAMES: Record<string, string> = {
  "\u00AD": "soft hyphen",
  "\u200B": "zero-width space",
  "\u202A": "left-to-right embedding",
  "\u202B": "right-to-left embedding",
  "\u202C": "pop directional formatting",
  "\u202D": "left-to-right override",
  "\u202E": "right-to-left override",
  "\u2060": "word joiner",
  "\u2066": "left-to-right isolate",
  "\u2067": "right-to-left isolate",
  "\u2068": "first strong isolate",
  "\u2069": "pop directional isolate",
  "\uFEFF": "zero-width no-break space",
};

/** `U+202E (right-to-left override)`: how a message names the character. */
export function describeCharacter(character: string): string {
  const code = `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
  const name = NAMES[character] ?? (character <= "\u009F" ? "control character" : undefined);
  return name ? `${code} (${name})` : code;
}

/** The first invisible character in `text` and its index, if any. */
export function findInvisible(text: string): { character: string; index: number } | undefined {
  const match = INVISIBLE.exec(text);
  return match ? { character: match[0], index: match.index } : undefined;
}

/** `text` with every invisible character written out as `<U+202E>`, safe to print. */
export function showInvisible(text: string): string {
  return text.replace(
    INVISIBLE_ALL,
    (character) => `<${describeCharacter(character).split(" ")[0]}>`,
  );
}
