/**
 * Language tags (BCP 47, e.g. `de`, `pt-BR`, `ar`): whether one is well formed, which way
 * its script runs, and what the language calls itself. Browser-safe: only `Intl`.
 */

/**
 * A well-formed BCP 47 tag written the way it is canonically written (`pt-BR`, not
 * `pt_br` or `PT-br`), so that one language has one file name and one URL.
 */
export function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag)[0] === tag;
  } catch {
    return false;
  }
}

/** The canonical spelling of `tag`, when it is well formed but written otherwise (`DE` → `de`). */
export function canonicalLanguageTag(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/** Scripts written right to left (ISO 15924). */
const RIGHT_TO_LEFT_SCRIPTS = new Set([
  "Adlm",
  "Arab",
  "Hebr",
  "Mand",
  "Nkoo",
  "Rohg",
  "Samr",
  "Syrc",
  "Thaa",
  "Yezi",
]);

/** `rtl` for a language written in a right-to-left script (its likeliest, unless the tag names one). */
export function textDirection(tag: string): "ltr" | "rtl" {
  const script = new Intl.Locale(tag).maximize().script;
  return script && RIGHT_TO_LEFT_SCRIPTS.has(script) ? "rtl" : "ltr";
}

/**
 * The language's name in `inLanguage` ("Englisch" in German), or its own name ("Deutsch",
 * "العربية"); `capitalize` for a name standing alone, as in a list of languages.
 */
export function languageName(
  tag: string,
  inLanguage = tag,
  options: { capitalize?: boolean } = {},
): string {
  const name = new Intl.DisplayNames([inLanguage], { type: "language" }).of(tag) ?? tag;
  return options.capitalize ? name.charAt(0).toLocaleUpperCase(inLanguage) + name.slice(1) : name;
}

/** The first segment of a translated page's URL: `/de/`, `/pt-br/`. */
export const languageSegment = (tag: string) => tag.toLowerCase();
