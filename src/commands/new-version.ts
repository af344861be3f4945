/**
 * `npm run new -- <policy> [--date YYYY-MM-DD] [--material] [--title "…"]`: the next
 * dated version of a policy, started from the newest version's text with its front matter
 * filled in. A policy that does not exist yet gets its first version the same way.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { stringify } from "yaml";
import { UsageError } from "../content/index.ts";
import { RESERVED_POLICY_SLUGS, type Content } from "../content/index.ts";
import { addDays, daysBetween, type CalendarDate } from "../dates/index.ts";
import { isPolicySlug, SUMMARY_PLACEHOLDER } from "../content/index.ts";
import { byEffectiveDate } from "../versions/index.ts";

/** A mistake in how `new` was asked for; printed as is. */
export class NewVersionError extends UsageError {}

export const SUMMARY_TODO = `${SUMMARY_PLACEHOLDER} say in plain language what changes for readers`;

export interface NewVersionPlan {
  /** Absolute path of the file to create. */
  path: string;
  effective: CalendarDate;
  /** The whole file: front matter and body. */
  text: string;
  /** Effective date of the version whose text it starts from; undefined for a new policy. */
  from: CalendarDate | undefined;
  /** Things the editor should know before committing (e.g. the notice is too short). */
  warnings: string[];
}

export function planNewVersion(input: {
  content: Content;
  contentDir: string;
  policy: string;
  date: CalendarDate | undefined;
  material: boolean;
  title: string | undefined;
  today: CalendarDate;
}): NewVersionPlan {
  const { content, policy, today } = input;
  const { notice_days: noticeDays, notice_rule: noticeRule } = content.site;
  if (!isPolicySlug(policy) || RESERVED_POLICY_SLUGS.has(policy)) {
    throw new NewVersionError(
      RESERVED_POLICY_SLUGS.has(policy)
        ? `"${policy}" is used by the site itself: choose another name for the policy`
        : `"${policy}" cannot be a policy name (it is its URL): use lower-case letters, digits and single hyphens, e.g. privacy or terms-of-service`,
    );
  }
  const versions = byEffectiveDate(content.versions.filter((version) => version.policy === policy));
  const latest = versions.at(-1);
  if (!latest && input.material) {
    throw new NewVersionError(
      `${policy} is a new policy: its first version changes nothing, so leave out --material`,
    );
  }
  const effective =
    input.date ?? (input.material && noticeRule === "advance" ? addDays(today, noticeDays) : today);
  if (effective < today) {
    throw new NewVersionError(
      `a new version cannot take effect in the past (${effective}, today is ${today}): pass --date ${today} or later`,
    );
  }
  if (latest && effective <= latest.effective) {
    throw new NewVersionError(
      `${policy} already has a version taking effect on ${latest.effective}: a new version must take effect after it, e.g. --date ${addDays(latest.effective, 1)}`,
    );
  }

  const warnings: string[] = [];
  if (input.material && noticeRule === "advance" && daysBetween(today, effective) < noticeDays) {
    warnings.push(
      `announced today, it gives ${daysBetween(today, effective)} days' notice where site.yml asks for ${noticeDays}: npm run check will refuse it unless you add urgent: "<why>"`,
    );
  }
  const frontMatter = {
    title: input.title ?? latest?.title ?? titleFromSlug(policy),
    ...(input.material ? { material: true, announced: today, summary: SUMMARY_TODO } : {}),
  };
  const body = latest
    ? latest.body
    : `\n# ${frontMatter.title}\n\n${SUMMARY_PLACEHOLDER} write the policy here.\n`;
  return {
    path: join(input.contentDir, policy, `${effective}.md`),
    effective,
    text: `---\n${stringify(frontMatter)}---\n${body}`,
    from: latest?.effective,
    warnings,
  };
}

/** Creates the planned file; refuses to overwrite anything. */
export function writeNewVersion(plan: NewVersionPlan): void {
  mkdirSync(dirname(plan.path), { recursive: true });
  try {
    writeFileSync(plan.path, plan.text, { flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") {
      throw new NewVersionError(`${plan.path} already exists: edit it, or choose another --date`);
    }
    throw error;
  }
}

/** What `new` tells the editor: which file to edit and what is left to do. */
export function describeNewVersion(
  plan: NewVersionPlan,
  projectRoot: string,
  material: boolean,
): string[] {
  const file = relative(projectRoot, plan.path) || plan.path;
  return [
    plan.from
      ? `✓ Created ${file} from the version of ${plan.from}.`
      : `✓ Created ${file}, the first version of a new policy.`,
    `  Edit its text${material ? ` and replace the summary "${SUMMARY_TODO}"` : ""}, then run npm run check.`,
    ...plan.warnings.map((warning) => `! ${warning}`),
  ];
}

function titleFromSlug(slug: string): string {
  const small = new Set(["of", "and", "for", "the", "to", "on"]);
  return slug
    .split("-")
    .map((word, index) =>
      index > 0 && small.has(word) ? word : word.charAt(0).toUpperCase() + word.slice(1),
    )
    .join(" ");
}
