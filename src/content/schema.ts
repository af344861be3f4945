/**
 * The editors' contract: what a version's front matter and `content/site.yml` may say.
 *
 * Declared once, here. Every command (build, check, dev, new, footer…) validates with these
 * schemas (src/content/content.ts), and the one version record (version-source.ts) and
 * every type in the domain are inferred from them rather than written a second time.
 */
import { z } from "astro/zod";
import { isCalendarDate, isTimeZone, type CalendarDate } from "../dates/index.ts";
import { closestWord } from "./content-error.ts";
import {
  canonicalLanguageTag,
  ENGLISH,
  INTERFACE_KEYS,
  isLanguageTag,
  placeholdersOf,
  type InterfaceKey,
} from "../i18n/index.ts";

/** A calendar day written `YYYY-MM-DD` that exists (2023-02-30 does not). */
export const calendarDateSchema = z
  .string({ invalid_type_error: "must be a date written YYYY-MM-DD (in quotes or not)" })
  .refine(isCalendarDate, { message: "must be a real calendar date written YYYY-MM-DD" })
  .transform((value) => value as CalendarDate);

/**
 * A policy's name, which is its folder under content/ and its URL (`/privacy/`):
 * lower-case letters and digits, in words joined by single hyphens.
 */
export const POLICY_SLUG_PATTERN = "[a-z0-9]+(?:-[a-z0-9]+)*";
const POLICY_SLUG = new RegExp(`^${POLICY_SLUG_PATTERN}$`);
export const isPolicySlug = (name: string) => POLICY_SLUG.test(name);

/** What `npm run new --material` writes as the summary; check refuses it until it is replaced. */
export const SUMMARY_PLACEHOLDER = "TODO:";

/** Front matter of one version: `content/<policy>/<YYYY-MM-DD>.md`. Unknown keys are errors. */
export const versionFrontMatterSchema = z
  .object({
    /** The policy's title as this version states it, e.g. "Privacy Policy". */
    title: z
      .string({ required_error: "is required", invalid_type_error: "must be text" })
      .trim()
      .min(1, "must not be empty"),
    /**
     * Whether the change from the previous version is material. A material change starts a
     * notice period and needs a `summary`. Default `false` (an editorial change).
     */
    material: z.boolean({ invalid_type_error: "must be true or false" }).default(false),
    /** Plain-language summary of what changed, shown to readers. Required when `material`. */
    summary: z
      .string({ invalid_type_error: "must be text" })
      .trim()
      .min(1, "must not be empty")
      .refine((summary) => !summary.startsWith(SUMMARY_PLACEHOLDER), {
        message:
          "is still the placeholder `npm run new` wrote: say in plain language what changes for readers",
      })
      .optional(),
    /**
     * The day the version was published and its notice began. Defaults to the effective
     * date (the file name) and may never be later than it.
     */
    announced: calendarDateSchema.optional(),
    /**
     * Why this version may break the site's notice rule (for example a change required by
     * law at short notice). Shown on its changes page.
     */
    urgent: z.string({ invalid_type_error: "must be text" }).trim().min(1).optional(),
    /**
     * Corrections made to the text after it was published, oldest first: the day and why.
     * Changing a published version is refused (content/published.lock) unless a new
     * correction explains it; the version's page lists them.
     */
    corrections: z
      .array(
        z
          .object({
            date: calendarDateSchema,
            reason: z
              .string({ required_error: "is required", invalid_type_error: "must be text" })
              .trim()
              .min(1),
          })
          .strict(),
        { invalid_type_error: "must be a list of { date: YYYY-MM-DD, reason: … } entries" },
      )
      .default([]),
    /**
     * Set when an announced version is withdrawn before it takes effect: the day it was
     * withdrawn (before its effective date) and why. The version is then no longer
     * upcoming; its permanent URL stays and says so, and the current page's notice says
     * the announced change was withdrawn for `notice_days` from `date`
     * (src/lifecycle/lifecycle.ts).
     */
    withdrawn: z
      .object(
        {
          date: calendarDateSchema,
          reason: z
            .string({ required_error: "is required", invalid_type_error: "must be text" })
            .trim()
            .min(1, "must not be empty"),
        },
        {
          invalid_type_error: 'must be { date: YYYY-MM-DD, reason: "…" }',
        },
      )
      .strict()
      .optional(),
    /**
     * The effective dates this version was announced for before it was postponed, oldest
     * first, written by `npm run postpone` when it renamed the file to its new date: the
     * old effective date (`from`, whose URL now points here), the day it was postponed
     * (`date`) and why. The lock records each move (src/archive/lock.ts).
     */
    postponed: z
      .array(
        z
          .object({
            from: calendarDateSchema,
            date: calendarDateSchema,
            reason: z
              .string({ required_error: "is required", invalid_type_error: "must be text" })
              .trim()
              .min(1, "must not be empty"),
          })
          .strict(),
        {
          invalid_type_error:
            'must be a list of { from: YYYY-MM-DD, date: YYYY-MM-DD, reason: "…" } entries',
        },
      )
      .default([]),
  })
  .strict()
  .superRefine((frontMatter, context) => {
    if (frontMatter.material && !frontMatter.summary) {
      context.addIssue({
        code: z.ZodIssueCode.custom,
        path: ["summary"],
        message:
          "is required when material is true: say in plain language what changes for readers",
      });
    }
  });

/** A BCP 47 language tag as canonically written: `de`, `fr`, `pt-BR`, `ar`. */
export const languageTagSchema = z
  .string({ invalid_type_error: "must be a language tag such as de, fr or pt-BR" })
  .superRefine((tag, context) => {
    if (isLanguageTag(tag)) return;
    const canonical = canonicalLanguageTag(tag);
    context.addIssue({
      code: z.ZodIssueCode.custom,
      message: canonical
        ? `"${tag}" is written ${canonical} as a language tag: write it that way`
        : `"${tag}" is not a language tag (BCP 47): write it like de, fr, es, ar or pt-BR`,
    });
  });

/** The SHA-256 of a file, as `published.lock` and every version page write it. */
const SHA256_HEX = /^[0-9a-f]{64}$/;

/** What a translation takes from the version it translates and so may not say itself. */
const takenFromSource = (key: string) =>
  z.unknown().superRefine((value, context) => {
    if (value === undefined) return;
    context.addIssue({
      code: z.ZodIssueCode.custom,
      message: `is not set in a translation: its ${key} is the source version's (dates, material, announced and urgent come from the version it translates); remove this line`,
    });
  });

const versionFields = versionFrontMatterSchema.innerType().shape;

/**
 * Front matter of a translation, `content/<policy>/<YYYY-MM-DD>.<lang>.md`, beside the
 * version it translates. Unknown keys are errors.
 */
export const translationFrontMatterSchema = z
  .object({
    /** The policy's title in the translation's language. */
    title: versionFields.title,
    /**
     * The SHA-256 of the source version's file (64 hex digits, as published.lock records
     * it): the exact text this translates. `npm run new -- <policy> --translate <lang>`
     * fills it in.
     */
    translation_of: z
      .string({
        required_error: "is required",
        invalid_type_error: "must be the SHA-256 of the source version's file",
      })
      .trim()
      .refine((hash) => SHA256_HEX.test(hash), {
        message:
          "must be the SHA-256 of the source version's file, 64 hex digits (as content/published.lock and the version's page give it; npm run new -- <policy> --translate <lang> fills it in)",
      }),
    /** The summary of the change, translated. */
    summary: versionFields.summary,
    /** Corrections made to the translation after it was published, oldest first. */
    corrections: versionFields.corrections,
    material: takenFromSource("material"),
    announced: takenFromSource("announcement date"),
    urgent: takenFromSource("urgent reason"),
  })
  .strict();

/**
 * A public web address that becomes a link on every page: `http:` or `https:` only (a
 * `javascript:`, `data:` or `vbscript:` address would run script when a reader clicks it),
 * and no user name or password (they would be published in every link).
 */
const webAddressSchema = (example: string) =>
  z
    .string({ invalid_type_error: `must be an address such as ${example}` })
    .superRefine((value, context) => {
      const problem = webAddressProblem(value, example);
      if (problem) context.addIssue({ code: z.ZodIssueCode.custom, message: problem, fatal: true });
    });

function webAddressProblem(value: string, example: string): string | undefined {
  if (!URL.canParse(value)) return `must be an absolute address such as ${example}`;
  const url = new URL(value);
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    return `must start with https:// or http:// (such as ${example}), not ${url.protocol}`;
  }
  if (url.username || url.password) {
    return "must not contain a user name or password: they would be published in every link";
  }
  return undefined;
}

/** A related website the policies apply to, listed on the policy pages and allowed to embed the footer. */
export const relatedSiteSchema = z
  .object({
    /** How the site is called, e.g. "iSocket". */
    name: z.string().trim().min(1),
    /** Its public address, e.g. "https://www.isocket.com": http: or https: only. */
    url: webAddressSchema("https://www.example.com"),
  })
  .strict();

/** `content/site.yml`: the organisation and the rules every policy follows. */
export const siteConfigSchema = z
  .object({
    /** The organisation's name, e.g. "iSocket". */
    organization: z.string().trim().min(1),
    /** Contact e-mail for questions about the policies. */
    email: z.string().email("must be an e-mail address"),
    /** Postal address for written requests. */
    address: z.string().trim().min(1),
    /**
     * The public URL of the policy site (absolute links, feeds and the footer use it): the
     * root of an http: or https: host, with no path, query or fragment, since every
     * permanent URL starts there.
     */
    url: webAddressSchema("https://policies.example.com")
      .refine(
        (url) => {
          const { pathname, search, hash } = new URL(url);
          return pathname === "/" && search === "" && hash === "";
        },
        {
          message:
            "must be the address of the site's root, such as https://policies.example.com (no sub-folder, query or #fragment)",
        },
      )
      .transform((url) => url.replace(/\/+$/, "")),
    /** IANA time zone in which effective dates are calendar days, e.g. America/Los_Angeles. */
    timezone: z.string().refine(isTimeZone, {
      message: "must be an IANA time zone name such as America/Los_Angeles",
    }),
    /** Length of the notice of a material change, in days. */
    notice_days: z.number().int().min(1).max(365).default(30),
    /**
     * When the notice period runs: `advance` (announced at least `notice_days` before the
     * version takes effect) or `from-change` (it runs from the effective date).
     */
    notice_rule: z.enum(["advance", "from-change"]).default("advance"),
    /** The related websites where the policies appear in the footer. */
    related_sites: z.array(relatedSiteSchema).default([]),
    /**
     * Hosts a policy may show images from, e.g. `[images.example.com]`. Any other image
     * address on another site is refused: every reader's browser would load it, telling
     * that site who reads the policy and when (a tracking pixel). Default: none; images
     * in the site's own public/ folder (`/logo.png`) are always fine.
     */
    image_hosts: z
      .array(
        z
          .string({ invalid_type_error: "must be a host name such as images.example.com" })
          .regex(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?$/, {
            message:
              "must be a host name in lower case, such as images.example.com (no https://, no path)",
          }),
      )
      .default([]),
    /**
     * Optional: where readers sign up to hear of changes, e.g. a mailing-list form such as
     * https://lists.example.com/policy-updates (http: or https: only). The change notice,
     * the history page and every page's footer link to it.
     */
    subscribe_url: webAddressSchema("https://lists.example.com/policy-updates").optional(),
    /**
     * Optional plain-language rule: `readability: { min_reading_ease: 45 }` makes
     * `npm run check` (and the build) refuse a new version, one the lock does not record
     * yet, whose reading ease (Flesch for English, src/readability/) is below it. Florida
     * requires 45 for consumer contracts, Virginia 50.
     */
    readability: z
      .object({
        /** The lowest reading-ease score a new version may have, e.g. 45. */
        min_reading_ease: z
          .number({
            required_error: "is required: the lowest reading ease a new version may have, e.g. 45",
            invalid_type_error: "must be a number, the lowest reading ease allowed, e.g. 45",
          })
          .finite(),
      })
      .strict()
      .optional(),
    /**
     * `pdf: true`: the build prints every version to `/<policy>/<YYYY-MM-DD>.pdf` with
     * Chromium (tagged, with an outline, its permanent URL, dates and SHA-256 on every
     * page, the same bytes for the same content). Needs Chromium on the machine that
     * builds (`bash scripts/provision-browser.sh`). Default `false`: no browser, no cost.
     */
    pdf: z.boolean({ invalid_type_error: "must be true or false" }).default(false),
    /**
     * The language the policies are written in, whose text prevails (BCP 47, e.g. `en`).
     * Default `en`. Its pages keep the site's URLs; each translation gets `/<lang>/…`.
     */
    language: languageTagSchema.default("en"),
    /**
     * The languages the policies are translated into, e.g. `[de, fr]`: translations are
     * files `<YYYY-MM-DD>.<lang>.md` beside the version they translate.
     */
    translations: z.array(languageTagSchema).default([]),
    /**
     * The interface's words (not the policy text) for a language, by key, e.g.
     * `interface: { ar: { search_button: "بحث" } }`: for a language without built-in
     * words (built in: en, de, fr, es), or to change one of them. The prevailing-language
     * sentence is `prevailing_language`.
     */
    interface: z
      .record(z.string(), z.record(z.string(), z.string({ invalid_type_error: "must be text" })))
      .default({}),
  })
  .strict()
  .superRefine((site, context) => {
    const languages = [site.language, ...site.translations];
    site.translations.forEach((tag, index) => {
      if (languages.indexOf(tag) !== index + 1) {
        context.addIssue({
          code: z.ZodIssueCode.custom,
          path: ["translations", index],
          message:
            tag === site.language
              ? `${tag} is the authoritative language (language: ${site.language}), not a translation`
              : `${tag} is listed twice`,
        });
      }
    });
    for (const [tag, strings] of Object.entries(site.interface)) {
      if (!languages.includes(tag)) {
        context.addIssue({
          code: z.ZodIssueCode.custom,
          path: ["interface", tag],
          message: `${tag} is neither the site's language nor one of its translations (${languages.join(", ")})`,
        });
        continue;
      }
      for (const [key, text] of Object.entries(strings)) {
        const english = ENGLISH[key as InterfaceKey] as string | undefined;
        if (english === undefined) {
          context.addIssue({
            code: z.ZodIssueCode.custom,
            path: ["interface", tag, key],
            message: `is not an interface string: ${
              closestWord(key, INTERFACE_KEYS)
                ? `did you mean "${closestWord(key, INTERFACE_KEYS)}"?`
                : "the keys are listed in src/i18n/strings.ts"
            }`,
          });
        } else if (placeholdersOf(text).join() !== placeholdersOf(english).join()) {
          context.addIssue({
            code: z.ZodIssueCode.custom,
            path: ["interface", tag, key],
            message: `must keep the placeholders of "${english}" (${placeholdersOf(english)
              .map((name) => `{${name}}`)
              .join(", ")}), each where it belongs in the sentence`,
          });
        }
      }
    }
  });

export type VersionFrontMatter = z.output<typeof versionFrontMatterSchema>;
export type SiteConfig = z.output<typeof siteConfigSchema>;
export type RelatedSite = z.output<typeof relatedSiteSchema>;
export type TranslationFrontMatter = z.output<typeof translationFrontMatterSchema>;
