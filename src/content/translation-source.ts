/**
 * One translation file, `content/<policy>/<YYYY-MM-DD>.<lang>.md`: a version's text in
 * another language, bound by `translation_of` to the SHA-256 of the exact source file it
 * translates. Read like a version (the same limits and safety rules), with its own front
 * matter; what it shares with its source (dates, material, announced, urgent) comes from
 * the source and may not be written in it.
 */
import { isCalendarDate, type CalendarDate } from "../dates/index.ts";
import { canonicalLanguageTag, isLanguageTag } from "../i18n/index.ts";
import type { ContentProblem } from "./content-error.ts";
import { translationFrontMatterSchema, type TranslationFrontMatter } from "./schema.ts";
import { readMarkdownSource, type RenderedBodies, type VersionRecord } from "./version-source.ts";
import type { Parsed } from "./yaml-data.ts";

/**
 * The one record of a translation: the version record's shape, less what only the source
 * says, plus the language and the hash of the source it translates.
 */
export interface TranslationRecord extends Omit<
  VersionRecord,
  "material" | "announced" | "urgent" | "lines" | "withdrawn" | "postponed"
> {
  /** BCP 47 tag, from the file name: `de` in `2014-03-15.de.md`. */
  language: string;
  /** SHA-256 (hex) of the source version's file this translates. */
  translation_of: string;
  lines: Partial<Record<keyof TranslationFrontMatter, number>>;
}

/** `2014-03-15.de.md` → its date and language; undefined for any other name. */
export function translationFileName(
  fileName: string,
): { effective: string; language: string } | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})\.([^.]+)\.md$/.exec(fileName);
  return match ? { effective: match[1] ?? "", language: match[2] ?? "" } : undefined;
}

export function readTranslationSource(
  bytes: Uint8Array<ArrayBuffer>,
  location: { file: string; policy: string; fileName: string },
  rules: { imageHosts: readonly string[] } = { imageHosts: [] },
  renderedBodies?: RenderedBodies,
): Parsed<TranslationRecord> {
  const { file, policy } = location;
  const named = translationFileName(location.fileName);
  const fail = (message: string): Parsed<TranslationRecord> => ({
    ok: false,
    problems: [{ file, message }],
  });
  if (!named || !isCalendarDate(named.effective)) {
    return fail(
      `a translation is named by the effective date of the version it translates and its language, YYYY-MM-DD.<lang>.md (e.g. 2026-01-31.de.md), not "${location.fileName}"`,
    );
  }
  if (!isLanguageTag(named.language)) {
    const canonical = canonicalLanguageTag(named.language);
    return fail(
      canonical
        ? `"${named.language}" in the file name is written ${canonical} as a language tag: rename the file ${named.effective}.${canonical}.md`
        : `"${named.language}" in the file name is not a language tag (BCP 47, such as de, fr, ar or pt-BR): rename the file ${named.effective}.<lang>.md`,
    );
  }
  // A translation's reading ease is measured with its own language's formula.
  const source = readMarkdownSource(
    bytes,
    file,
    translationFrontMatterSchema,
    { imageHosts: rules.imageHosts, language: named.language },
    renderedBodies,
  );
  if (!source.ok) return source;
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- `lineOf` serves messages, not the record
  const { frontMatter, lines, lineOf, ...rendered } = source.value;
  return {
    ok: true,
    value: {
      title: frontMatter.title,
      ...(frontMatter.summary === undefined ? {} : { summary: frontMatter.summary }),
      corrections: frontMatter.corrections,
      translation_of: frontMatter.translation_of,
      policy,
      effective: named.effective as CalendarDate,
      language: named.language,
      lines,
      ...rendered,
    },
  };
}

/**
 * What a translation must agree with beyond its own file: its language is one site.yml
 * lists, and the version it translates exists.
 */
export function translationProblems(
  translations: readonly TranslationRecord[],
  versions: readonly Pick<VersionRecord, "policy" | "effective" | "file">[],
  site: { language: string; translations: readonly string[] },
  siteFile: string,
): ContentProblem[] {
  const sources = new Set(versions.map((version) => `${version.policy}/${version.effective}`));
  return translations.flatMap((translation): ContentProblem[] => {
    if (!site.translations.includes(translation.language)) {
      return [
        {
          file: translation.file,
          message:
            translation.language === site.language
              ? `${translation.language} is the site's own language (language: ${site.language} in ${siteFile}): the version itself is its text; a translation is in another language`
              : `${translation.language} is not one of the site's languages: add it to translations in ${siteFile} (translations: [${[...site.translations, translation.language].join(", ")}])`,
        },
      ];
    }
    if (!sources.has(`${translation.policy}/${translation.effective}`)) {
      return [
        {
          file: translation.file,
          line: translation.lines.translation_of ?? 1,
          message: `there is no version ${translation.policy}/${translation.effective}.md for this to translate: a translation sits beside the version it translates, with the same date`,
        },
      ];
    }
    return [];
  });
}
