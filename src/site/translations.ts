/**
 * Translations in the site model, and each language's view of a policy: the same
 * versions, dates and notices, with a translation's title, summary and text where one
 * exists. Browser-safe.
 *
 * A translation is bound to the exact text it translates (`translation_of`, a SHA-256).
 * If its source was corrected since, it translates an earlier text, and every page that
 * shows it says so. A version with no translation is never shown in the translated tree
 * as if it were translated: its page there says the translation is not available.
 */
import type { CalendarDate } from "../dates/index.ts";
import type { TranslationRecord } from "../content/index.ts";
import { localizedPath, type SiteLanguage } from "../i18n/index.ts";
import { absoluteUrl } from "./urls.ts";
import type { PolicyModel, SiteModel, VersionModel } from "./site-model.ts";

/** What a translation's `translation_of` matched, worked out by src/archive/translation-basis.ts. */
export type TranslationBasis =
  | { kind: "current" }
  /** An earlier text of the source, recorded or committed on `day` (when known), corrected since. */
  | { kind: "earlier"; day: CalendarDate | undefined };

export interface TranslationModel extends TranslationRecord {
  basis: TranslationBasis;
}

/** The translation of `version` into `language`, if there is one. */
export function translationOf(
  version: Pick<VersionModel, "translations">,
  language: string,
): TranslationModel | undefined {
  return version.translations.find((translation) => translation.language === language);
}

const views = new WeakMap<PolicyModel, Map<string, PolicyModel>>();

/**
 * `policy` as `language`'s pages show it: in the authoritative language, the policy itself;
 * in a translation's, the same versions, dates and notice, with each translated version's
 * title, summary, text (with its redline blocks and readability), hash and corrections
 * taken from its translation (a version without
 * one keeps the authoritative text, and its page says the translation is missing). Made
 * once per policy and language, so what is computed per version (the redlines,
 * src/redline/redlines.ts) is computed once per language too.
 */
export function localizedPolicy(policy: PolicyModel, language: SiteLanguage): PolicyModel {
  if (language.authoritative) return policy;
  let byLanguage = views.get(policy);
  if (!byLanguage) views.set(policy, (byLanguage = new Map()));
  const known = byLanguage.get(language.tag);
  if (known) return known;

  const versions = policy.versions.map((version): VersionModel => {
    const translation = translationOf(version, language.tag);
    if (!translation) return version;
    const { summary, ...rest } = version;
    const translatedSummary = translation.summary ?? summary;
    return {
      ...rest,
      ...(translatedSummary === undefined ? {} : { summary: translatedSummary }),
      title: translation.title,
      body: translation.body,
      html: translation.html,
      headings: translation.headings,
      // Redlines and reading figures of a translated tree are the translation's own.
      redlineBlocks: translation.redlineBlocks,
      readability: translation.readability,
      file: translation.file,
      bytes: translation.bytes,
      sha256: translation.sha256,
      corrections: translation.corrections,
    };
  });
  const at = (version: VersionModel | undefined) =>
    version && versions[policy.versions.indexOf(version)];
  const latest = at(policy.latest) ?? policy.latest;
  const current = at(policy.current);
  const view: PolicyModel = {
    ...policy,
    // The title in effect, in this language when the version in effect is translated.
    title: current?.title ?? policy.title,
    versions,
    newestFirst: [...versions].reverse(),
    current,
    latest,
    notice: policy.notice && {
      ...policy.notice,
      version: at(policy.notice.version) ?? policy.notice.version,
    },
  };
  byLanguage.set(language.tag, view);
  return view;
}

/** `version` of `policy` in `language`'s view of it (the same object in the authoritative language). */
export function localizedVersion(
  policy: PolicyModel,
  version: VersionModel,
  language: SiteLanguage,
): VersionModel {
  return localizedPolicy(policy, language).versions[policy.versions.indexOf(version)] ?? version;
}

/** The language whose pages are at `/<segment>/`, or the authoritative one. */
export function siteLanguage(model: Pick<SiteModel, "languages">, tag?: string): SiteLanguage {
  const language = tag
    ? model.languages.find((candidate) => candidate.prefix === `/${tag}`)
    : model.languages[0];
  if (!language) throw new Error(`no language ${tag ?? "(authoritative)"} on this site`);
  return language;
}

/**
 * The `<link rel="alternate" hreflang>` links of a page at `path` (in the authoritative
 * tree): one per language whose tree has the page's content (`translatedIn`, default all),
 * and `x-default`, the authoritative page. None on a site with one language.
 */
export function pageAlternates(
  model: Pick<SiteModel, "languages" | "site">,
  path: string,
  translatedIn?: readonly string[],
): { hreflang: string; href: string }[] {
  if (model.languages.length < 2) return [];
  const href = (language: SiteLanguage) =>
    absoluteUrl(model.site.url, localizedPath(language, path));
  const authoritative = siteLanguage(model);
  return [
    ...model.languages
      .filter(
        (language) =>
          language.authoritative || !translatedIn || translatedIn.includes(language.tag),
      )
      .map((language) => ({ hreflang: language.tag, href: href(language) })),
    { hreflang: "x-default", href: href(authoritative) },
  ];
}
