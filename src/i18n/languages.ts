/**
 * The site's languages as its pages use them: the authoritative language (whose text
 * prevails, at the site's own URLs) and each translation (under `/<lang>/`), with the
 * interface's words in each. Computed once, into the site model. Browser-safe.
 */
import { languageName, languageSegment, textDirection } from "./language-tag.ts";
import {
  builtInStrings,
  ENGLISH,
  INTERFACE_KEYS,
  type InterfaceKey,
  type InterfaceStrings,
} from "./strings.ts";

export interface SiteLanguage {
  /** BCP 47 tag, as site.yml writes it: `en`, `de`, `ar`. */
  tag: string;
  /** True for the language whose text prevails (site.yml `language`). */
  authoritative: boolean;
  dir: "ltr" | "rtl";
  /** What the language calls itself, for the language switcher: "Deutsch". */
  name: string;
  /** What its pages' paths start with: "" for the authoritative language, "/de" otherwise. */
  prefix: string;
  /** The interface's words: site.yml's, else built in, else English. */
  strings: InterfaceStrings;
  /** Keys for which neither site.yml nor the built-in words have this language's text. */
  untranslated: InterfaceKey[];
}

/** What site.yml says about languages. */
export interface LanguageSettings {
  language: string;
  translations: readonly string[];
  interface: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/** The authoritative language first, then the translations in site.yml's order. */
export function siteLanguages(settings: LanguageSettings): SiteLanguage[] {
  return [settings.language, ...settings.translations].map((tag, index) => {
    const builtIn = builtInStrings(tag);
    const overrides = settings.interface[tag] ?? {};
    const strings = { ...ENGLISH, ...builtIn, ...overrides } as InterfaceStrings;
    return {
      tag,
      authoritative: index === 0,
      dir: textDirection(tag),
      name: languageName(tag, tag, { capitalize: true }),
      prefix: index === 0 ? "" : `/${languageSegment(tag)}`,
      strings,
      untranslated: builtIn ? [] : INTERFACE_KEYS.filter((key) => !(key in overrides)),
    };
  });
}

/** `path` (a site path of the authoritative tree) in `language`'s tree: `/privacy/` → `/de/privacy/`. */
export const localizedPath = (language: Pick<SiteLanguage, "prefix">, path: string) =>
  `${language.prefix}${path}`;

export { formatDateIn } from "./format-date.ts";

/**
 * `"en"` when one of `keys` is shown in English in `language` (it has no built-in words and
 * site.yml does not give them), so the element saying it can be marked `lang="en"`.
 */
export function fallbackLang(
  language: Pick<SiteLanguage, "tag" | "untranslated">,
  ...keys: InterfaceKey[]
): "en" | undefined {
  return language.tag !== "en" && keys.some((key) => language.untranslated.includes(key))
    ? "en"
    : undefined;
}
