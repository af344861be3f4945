/**
 * `npm run new -- <policy> --translate <lang> [--date YYYY-MM-DD]`: starts a translation of
 * a version (the newest without `--date`) beside it, as `<YYYY-MM-DD>.<lang>.md`, with the
 * source's text to translate and `translation_of` filled in with the SHA-256 of the
 * source's file: the exact text the translation is bound to.
 */
import { join } from "node:path";
import { stringify } from "yaml";
import type { Content } from "../content/index.ts";
import { SUMMARY_PLACEHOLDER } from "../content/index.ts";
import type { CalendarDate } from "../dates/index.ts";
import { byEffectiveDate } from "../versions/index.ts";
import { NewVersionError, type NewVersionPlan } from "./new-version.ts";

export function planNewTranslation(input: {
  content: Content;
  contentDir: string;
  policy: string;
  language: string;
  date: CalendarDate | undefined;
}): NewVersionPlan {
  const { content, policy, language } = input;
  const { translations } = content.site;
  if (!translations.includes(language)) {
    throw new NewVersionError(
      language === content.site.language
        ? `${language} is the site's own language (language: ${language} in site.yml): the versions are its text`
        : `${language} is not one of the site's translations: add it to site.yml first (translations: [${[...translations, language].join(", ")}])`,
    );
  }
  const versions = byEffectiveDate(content.versions.filter((version) => version.policy === policy));
  if (versions.length === 0) throw new NewVersionError(`there is no policy ${policy} to translate`);
  const source = input.date
    ? versions.find((version) => version.effective === input.date)
    : versions.at(-1);
  if (!source) {
    throw new NewVersionError(
      `${policy} has no version of ${input.date}: its versions take effect on ${versions.map((version) => version.effective).join(", ")}`,
    );
  }
  const frontMatter = {
    title: source.title,
    translation_of: source.sha256,
    ...(source.summary
      ? { summary: `${SUMMARY_PLACEHOLDER} translate the summary: ${source.summary}` }
      : {}),
  };
  // check refuses the placeholder line until the text is translated.
  const body = `\n${SUMMARY_PLACEHOLDER} translate the text below into ${language}, then delete this line.\n${source.body}`;
  return {
    path: join(input.contentDir, policy, `${source.effective}.${language}.md`),
    effective: source.effective,
    text: `---\n${stringify(frontMatter)}---\n${body}`,
    from: source.effective,
    warnings: [],
  };
}

/** What `new --translate` tells the editor. */
export function describeNewTranslation(plan: NewVersionPlan, file: string): string[] {
  return [
    `✓ Created ${file}, a translation of the version of ${plan.from}, bound to its text by translation_of.`,
    "  Translate its title, summary and text, delete the TODO line, then run npm run check.",
  ];
}
