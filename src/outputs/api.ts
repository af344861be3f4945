/**
 * The JSON API: `/api/policies.json` (every policy) and `/api/<policy>.json` (one).
 * The shapes are declared once, here, with Zod: the README documents these fields and
 * the tests validate the built files against these schemas.
 */
import { z } from "astro/zod";
import { calendarDateSchema } from "../content/index.ts";
import { languageSegment } from "../i18n/index.ts";
import type { PolicyModel, SiteModel, VersionModel } from "../site/index.ts";
import { lastChanged } from "./feeds.ts";
import { policyReceipts, receiptsSchema } from "./receipt.ts";
import { noticeGiven, noticeSettings } from "../notice/index.ts";
import { byEffectiveDate } from "../versions/index.ts";
import { TEXT_CHANGES } from "../redline/index.ts";
import { READING_EASE_FORMULAS } from "../readability/index.ts";
import { textChangeOf } from "../redline/redlines.ts";
import {
  absoluteUrl,
  changesPath,
  feedPath,
  historyPath,
  policyApiPath,
  policyPath,
  versionPath,
  versionPdfPath,
  versionSourcePath,
} from "../site/index.ts";

const url = z.string().url();

export const apiVersionSchema = z
  .object({
    /** Day the version takes effect (its permanent name), YYYY-MM-DD in the site's time zone. */
    effective: calendarDateSchema,
    /** Day it was published and its notice began. */
    announced: calendarDateSchema,
    /** Day it last changed: `announced`, or the date of its latest correction. */
    updated: calendarDateSchema,
    /**
     * As of the build: `past`, `current`, `upcoming`, or `withdrawn` (announced, then
     * withdrawn before it took effect: see `withdrawn`).
     */
    status: z.enum(["past", "current", "upcoming", "withdrawn"]),
    /** Day the next version replaced or will replace it; null while none is scheduled. */
    in_effect_until: calendarDateSchema.nullable(),
    title: z.string(),
    /** True for a material change (with notice), false for an editorial one. */
    material: z.boolean(),
    /** Plain-language summary of the change; null when the editors wrote none. */
    summary: z.string().nullable(),
    /** Why the version broke the notice rule, if it did. */
    urgent: z.string().nullable(),
    /**
     * What the version changed in the text of the one before, as its changes page says:
     * `none` (the text is the same), `formatting`, `links` or `wording`; null for the first.
     */
    text_change: z.enum(TEXT_CHANGES).nullable(),
    /** Corrections to the published text, oldest first. */
    corrections: z.array(z.object({ date: calendarDateSchema, reason: z.string() }).strict()),
    /** The day the version was withdrawn, before it took effect, and why; null otherwise. */
    withdrawn: z.object({ date: calendarDateSchema, reason: z.string() }).strict().nullable(),
    /**
     * The dates it was announced for before it was postponed, oldest first: the old
     * effective date (`from`, whose page now points here), the day it was postponed and why.
     */
    postponed: z.array(
      z
        .object({ from: calendarDateSchema, date: calendarDateSchema, reason: z.string(), url })
        .strict(),
    ),
    /**
     * The notice the version gave: whether the site's rule requires one (a material change
     * to an existing policy), the days between `announced` and `effective`, the days the
     * change notice is shown (null when none is), and whether the notice meets the rule.
     */
    notice: z
      .object({
        required: z.boolean(),
        rule: z.enum(["advance", "from-change"]),
        required_days: z.number().int(),
        days_before_effective: z.number().int(),
        shown: z
          .object({ from: calendarDateSchema, until: calendarDateSchema })
          .strict()
          .nullable(),
        meets_rule: z.boolean(),
      })
      .strict(),
    /**
     * How long and how hard the text is to read, as its page and history show it
     * (src/readability/ says what is counted): its words, the minutes an adult takes to
     * read it silently (at least 1), and its reading ease, higher is easier, with the
     * formula used for the site's language (Flesch for English); null where no formula is
     * known for the language (the page then says it is not computed).
     */
    readability: z
      .object({
        words: z.number().int().nonnegative(),
        reading_minutes: z.number().int().positive(),
        reading_ease: z
          .object({ formula: z.enum(READING_EASE_FORMULAS), score: z.number() })
          .strict()
          .nullable(),
      })
      .strict(),
    /** SHA-256 (hex) of the Markdown source, as served at `urls.source`. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    urls: z
      .object({
        /** The version's permanent page. */
        page: url,
        /** Its Markdown source, byte for byte. */
        source: url,
        /** The redline against the version before; null for the first version. */
        changes: url.nullable(),
        /**
         * The version printed to PDF, with its permanent URL, dates and SHA-256 on every
         * page, when site.yml says `pdf: true`; null when the site prints no PDFs.
         */
        pdf: url.nullable(),
      })
      .strict(),
    /**
     * On a site with translations (site.yml `translations`), the version's translations: each
     * bound by `translation_of` to the SHA-256 of the source text it translates. `current` is
     * false when that is an earlier text of the version (corrected since).
     */
    translations: z
      .array(
        z
          .object({
            /** BCP 47 tag, e.g. `de`. */
            language: z.string(),
            title: z.string(),
            summary: z.string().nullable(),
            /** SHA-256 (hex) of the translation's own Markdown source. */
            sha256: z.string().regex(/^[0-9a-f]{64}$/),
            /** SHA-256 (hex) of the source version's file it translates. */
            translation_of: z.string().regex(/^[0-9a-f]{64}$/),
            /** True when it translates the version's text as it is now. */
            current: z.boolean(),
            urls: z.object({ page: url, source: url }).strict(),
          })
          .strict(),
      )
      .optional(),
  })
  .strict();

export const apiPolicySchema = z
  .object({
    /** The policy's URL name, e.g. `privacy`. */
    slug: z.string(),
    title: z.string(),
    /** Effective date of the version in effect as of the build; null before the first. */
    current: calendarDateSchema.nullable(),
    urls: z.object({ page: url, history: url, feed: url, api: url }).strict(),
    /** Every version, withdrawn ones included, oldest first by effective date. */
    versions: z.array(apiVersionSchema),
    /**
     * What a related site stores when a user accepts the policy: the version in effect
     * and the next one (src/outputs/receipt.ts; JSON Schema at /api/receipt.schema.json).
     */
    receipts: receiptsSchema,
  })
  .strict();

/** On a site with translations: its languages, the authoritative (prevailing) one first. */
const languagesField = {
  languages: z
    .array(
      z
        .object({
          language: z.string(),
          /** True for the language whose text prevails. */
          authoritative: z.boolean(),
          /** The language's home page on the site. */
          url,
        })
        .strict(),
    )
    .optional(),
};

const asOf = {
  /** The day the site was built for: statuses are as of this day. */
  as_of: calendarDateSchema,
};

/** `/api/policies.json`. */
export const policiesApiSchema = z
  .object({
    ...asOf,
    organization: z.string(),
    site: url,
    ...languagesField,
    policies: z.array(apiPolicySchema),
  })
  .strict();

/** `/api/<policy>.json`: one policy, and the day it was built for. */
export const policyApiSchema = apiPolicySchema.extend(asOf).strict();

export type PoliciesApi = z.output<typeof policiesApiSchema>;
export type PolicyApi = z.output<typeof policyApiSchema>;

function versionJson(
  model: SiteModel,
  policy: PolicyModel,
  version: VersionModel,
  /** Whether the site has translations: only then do versions list theirs. */
  translated = false,
): z.input<typeof apiVersionSchema> {
  const site = model.site.url;
  const link = (path: string) => absoluteUrl(site, path);
  const rule = noticeSettings(model.site);
  const given = noticeGiven(version, version.previous !== undefined, rule);
  const { status } = version;
  // A withdrawn version's notice ran from its announcement until its withdrawal.
  const window = !given.required
    ? undefined
    : status.kind === "withdrawn"
      ? { start: version.announced, end: status.date }
      : version.noticeWindow;
  return {
    effective: version.effective,
    announced: version.announced,
    updated: lastChanged(version),
    status: version.status.kind,
    // Every version is in effect until the next one takes effect (versions.ts).
    in_effect_until: version.next ?? null,
    title: version.title,
    material: version.material,
    summary: version.summary ?? null,
    urgent: version.urgent ?? null,
    text_change: textChangeOf(policy, version),
    corrections: version.corrections,
    withdrawn: version.withdrawn ?? null,
    postponed: version.postponed.map((move) => ({
      ...move,
      url: link(versionPath(version.policy, move.from)),
    })),
    notice: {
      required: given.required,
      rule: rule.noticeRule,
      required_days: rule.noticeDays,
      days_before_effective: given.daysBeforeEffective,
      shown: window ? { from: window.start, until: window.end } : null,
      meets_rule: given.meetsRule,
    },
    readability: {
      words: version.readability.words,
      reading_minutes: version.readability.readingMinutes,
      reading_ease: version.readability.readingEase ?? null,
    },
    sha256: version.sha256,
    urls: {
      page: link(versionPath(version.policy, version.effective)),
      source: link(versionSourcePath(version.policy, version.effective)),
      changes: version.previous ? link(changesPath(version.policy, version.effective)) : null,
      pdf: model.site.pdf ? link(versionPdfPath(version.policy, version.effective)) : null,
    },
    ...(translated
      ? {
          translations: version.translations.map((translation) => {
            const local = (path: string) =>
              link(`/${languageSegment(translation.language)}${path}`);
            return {
              language: translation.language,
              title: translation.title,
              summary: translation.summary ?? null,
              sha256: translation.sha256,
              translation_of: translation.translation_of,
              current: translation.basis.kind === "current",
              urls: {
                page: local(versionPath(version.policy, version.effective)),
                source: local(versionSourcePath(version.policy, version.effective)),
              },
            };
          }),
        }
      : {}),
  };
}

function policyJson(
  model: SiteModel,
  policy: PolicyModel,
  translated = false,
): z.input<typeof apiPolicySchema> {
  const site = model.site.url;
  const link = (path: string) => absoluteUrl(site, path);
  return {
    slug: policy.slug,
    title: policy.title,
    current: policy.current?.effective ?? null,
    urls: {
      page: link(policyPath(policy.slug)),
      history: link(historyPath(policy.slug)),
      feed: link(feedPath(policy.slug)),
      api: link(policyApiPath(policy.slug)),
    },
    versions: byEffectiveDate([...policy.versions, ...policy.withdrawn]).map((version) =>
      versionJson(model, policy, version, translated),
    ),
    receipts: policyReceipts(site, policy, model.site.language),
  };
}

/** `/api/policies.json`, as text (2-space indent, stable key order). */
export function policiesApi(model: SiteModel): string {
  const body: PoliciesApi = policiesApiSchema.parse({
    as_of: model.today,
    organization: model.site.organization,
    site: absoluteUrl(model.site.url, "/"),
    ...(model.languages.length > 1
      ? {
          languages: model.languages.map((language) => ({
            language: language.tag,
            authoritative: language.authoritative,
            url: absoluteUrl(model.site.url, `${language.prefix}/`),
          })),
        }
      : {}),
    policies: model.policies.map((policy) => policyJson(model, policy, model.languages.length > 1)),
  });
  return JSON.stringify(body, null, 2) + "\n";
}

/** `/api/<policy>.json`, as text. */
export function policyApi(model: SiteModel, policy: PolicyModel): string {
  const body: PolicyApi = policyApiSchema.parse({
    as_of: model.today,
    ...policyJson(model, policy, model.languages.length > 1),
  });
  return JSON.stringify(body, null, 2) + "\n";
}
