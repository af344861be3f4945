/**
 * The acceptance receipt: what a related site stores when a user accepts a policy, so
 * that it can later prove which text was accepted and show what changed since
 * (`/<policy>/compare/?from=<effective>`). A consent receipt that names a policy only by
 * URL proves nothing once the text behind the URL changes; this one names the version
 * (its effective date and permanent URL) and the SHA-256 of its source, which
 * `/<policy>/<effective>.md` serves byte for byte.
 *
 * `/embed/footer.json` and `/api/<policy>.json` give one for the version in effect and one
 * for the next version announced. The shape is declared twice on purpose, once in Zod
 * (what the build checks it writes) and once as a JSON Schema published at
 * `/api/receipt.schema.json` (what related sites validate with, in any language); the
 * tests validate every built receipt against both.
 */
import { z } from "astro/zod";
import { calendarDateSchema } from "../content/index.ts";
import type { PolicyModel, VersionModel } from "../site/index.ts";
import { absoluteUrl, versionPath } from "../site/index.ts";

export const receiptSchema = z
  .object({
    /** The policy's URL name, e.g. `privacy`. */
    policy: z.string(),
    /** The version's effective date, its permanent name. */
    effective: calendarDateSchema,
    /** The version's permanent URL. */
    url: z.string().url(),
    /** SHA-256 (hex) of the version's Markdown source, served at `<url without />.md`. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    /** BCP 47 language tag of the text. */
    language: z.string(),
  })
  .strict();

export type Receipt = z.output<typeof receiptSchema>;

/** The receipts of a policy's version in effect and of the next one, each null when there is none. */
export const receiptsSchema = z
  .object({ current: receiptSchema.nullable(), next: receiptSchema.nullable() })
  .strict();

export type Receipts = z.output<typeof receiptsSchema>;

/**
 * A receipt names the authoritative text (`language`, site.yml's `language`), the one that
 * prevails, even when the user read a translation of it.
 */
export function receipt(siteUrl: string, version: VersionModel, language: string): Receipt {
  return {
    policy: version.policy,
    effective: version.effective,
    url: absoluteUrl(siteUrl, versionPath(version.policy, version.effective)),
    sha256: version.sha256,
    language,
  };
}

/** The version in effect and the next one (upcoming, not withdrawn), as receipts. */
export function policyReceipts(siteUrl: string, policy: PolicyModel, language: string): Receipts {
  const next = policy.versions.find((version) => version.status.kind === "upcoming");
  return {
    current: policy.current ? receipt(siteUrl, policy.current, language) : null,
    next: next ? receipt(siteUrl, next, language) : null,
  };
}

/** Where the JSON Schema below is published. */
export const receiptSchemaPath = () => "/api/receipt.schema.json";

/** The receipt as a JSON Schema (draft 2020-12), for related sites; the same shape as `receiptSchema`. */
export function receiptJsonSchema(siteUrl: string) {
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: absoluteUrl(siteUrl, receiptSchemaPath()),
    title: "Policy acceptance receipt",
    description:
      "The version of a policy a user accepted: store it with the acceptance. The SHA-256 is that of the version's Markdown source, served at the permanent URL with .md instead of the final slash.",
    type: "object",
    additionalProperties: false,
    required: ["policy", "effective", "url", "sha256", "language"],
    properties: {
      policy: {
        type: "string",
        pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$",
        description: "The policy's URL name.",
      },
      effective: {
        type: "string",
        pattern: "^\\d{4}-\\d{2}-\\d{2}$",
        description: "The version's effective date (YYYY-MM-DD in the site's time zone).",
      },
      url: { type: "string", pattern: "^https?://", description: "The version's permanent URL." },
      sha256: {
        type: "string",
        pattern: "^[0-9a-f]{64}$",
        description: "SHA-256 (hex) of the version's Markdown source.",
      },
      language: { type: "string", minLength: 2, description: "BCP 47 language tag of the text." },
    },
  };
}
