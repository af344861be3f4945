/**
 * `npm run changes -- --base <git ref>`: what a branch changes in the policies, in
 * Markdown, for the pull request around a change (the workflow writes it to the job
 * summary). The versions added, edited or removed against the base; for each, its kind
 * (material or editorial), what its text changed (the redline engine's kind of change,
 * words added and removed, sections), its readability before and after, and its notice;
 * then the site.yml settings the branch changes (site-settings-changes.ts), and the
 * verdict of the checks every build runs (notice rule, lock, readability) and, for an
 * edit to a published version, what the lock requires.
 *
 * Nothing here is a second pipeline: both sides are read by src/content/ (the base from
 * Git into a temporary folder, src/archive/content-at.ts), modelled by src/site/, compared
 * by src/redline/ and checked by the very checks of `npm run check` (assessSite).
 */
import { relative } from "node:path";
import { loadContent, ContentError, formatProblem, type VersionRecord } from "../content/index.ts";
import { contentAt, lockName, readLock } from "../archive/index.ts";
import { assessSite } from "../build/index.ts";
import { addDays, daysBetween, formatLongDate, type CalendarDate } from "../dates/index.ts";
import { compareVersions, type Redline } from "../redline/index.ts";
import { preparedVersion, redlineOf, textChangeLabels } from "../redline/redlines.ts";
import { summaryView } from "../redline/redline-view.ts";
import { formatScore, formatWords, type Readability } from "../readability/index.ts";
import { siteSettingChanges } from "./site-settings-changes.ts";
import {
  absoluteUrl,
  buildSiteModel,
  versionPath,
  type PolicyModel,
  type SiteModel,
  type VersionModel,
} from "../site/index.ts";

export interface ChangesOptions {
  contentDir: string;
  projectRoot: string;
  /** The Git ref the branch is compared with, e.g. `origin/main`. */
  base: string;
  asOf: string | undefined;
  now?: Date;
}

export interface ChangesReport {
  /** The report, in GitHub-flavoured Markdown. */
  markdown: string;
  /** True when a check every build runs refuses the branch's content: the check must fail. */
  failed: boolean;
}

type Change =
  | { kind: "added"; version: VersionModel; policy: PolicyModel }
  | { kind: "edited"; version: VersionModel; policy: PolicyModel; before: VersionModel }
  | { kind: "removed"; before: VersionModel };

export function describeChanges(options: ChangesOptions): ChangesReport {
  const base = contentAt(options.contentDir, options.base);
  try {
    const heading = `## Policy changes against \`${escapeCode(options.base)}\` (${base.commit.slice(0, 12)})`;
    let assessed: ReturnType<typeof assessSite>;
    try {
      assessed = assessSite(options);
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      return {
        failed: true,
        markdown: [
          heading,
          "",
          `**❌ The content has ${plural(error.problems.length, "problem")}**: \`npm run check\` refuses it, so no change could be described.`,
          "",
          ...error.problems.map((problem) => `- ${escapeText(formatProblem(problem))}`),
          "",
        ].join("\n"),
      };
    }
    const { model, publishing } = assessed;
    const baseModel = modelOf(base.folder, model.today);
    const changes = changesBetween(baseModel, model);
    const lock = readLock(options.contentDir, options.projectRoot);
    const locked = new Set(lock.ok ? lock.value.map(lockName) : []);
    const lines = [heading, ""];
    if (changes.length === 0) {
      lines.push("No version of any policy is added, edited or removed.", "");
    } else {
      lines.push(
        "| Version | Change | Kind | Text | Words | Reading ease |",
        "| --- | --- | --- | --- | --- | --- |",
        ...changes.map((change) => tableRow(change, model)),
        "",
      );
      const folder = relative(options.projectRoot, options.contentDir) || ".";
      for (const change of changes) lines.push(...details(change, model, locked, folder), "");
    }
    if (baseModel) lines.push(...settingsLines(baseModel, model));
    const problems = publishing.problems;
    if (problems.length === 0) {
      lines.push(
        "**✅ The checks pass**: the notice rule, the archive lock and the site's other rules accept these changes.",
      );
    } else {
      lines.push(
        `**❌ The checks fail (${plural(problems.length, "problem")})**: \`npm run check\` and every build refuse this content until it is fixed:`,
        "",
        ...problems.map((problem) => `- ${escapeText(formatProblem(problem))}`),
      );
    }
    for (const warning of publishing.warnings) lines.push("", `> ⚠️ ${escapeText(warning)}`);
    lines.push("");
    return { markdown: lines.join("\n"), failed: problems.length > 0 };
  } finally {
    base.dispose();
  }
}

/** The base's content, modelled for the same day as the branch's; undefined when it has none. */
function modelOf(folder: string, today: CalendarDate): SiteModel | undefined {
  let content;
  try {
    content = loadContent(folder, folder);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    // A base without a content folder (a new site): everything is added.
    if (error.problems.some((problem) => /does not exist/.test(problem.message))) return undefined;
    throw new ContentError(
      error.problems.map((problem) => ({
        ...problem,
        message: `(in the base) ${problem.message}`,
      })),
    );
  }
  return buildSiteModel({ site: content.site, versions: content.versions, today });
}

/** Versions added, edited (other bytes) or removed, by policy and date. */
function changesBetween(baseModel: SiteModel | undefined, model: SiteModel): Change[] {
  const before = new Map(
    (baseModel?.policies ?? []).flatMap((policy) =>
      policy.versions.map((version) => [lockName(version), version] as const),
    ),
  );
  const changes: Change[] = [];
  for (const policy of model.policies) {
    for (const version of policy.versions) {
      const old = before.get(lockName(version));
      before.delete(lockName(version));
      if (!old) changes.push({ kind: "added", version, policy });
      else if (old.sha256 !== version.sha256)
        changes.push({ kind: "edited", version, policy, before: old });
    }
  }
  for (const old of before.values()) changes.push({ kind: "removed", before: old });
  return changes.sort((a, b) => nameOf(a).localeCompare(nameOf(b)));
}

const nameOf = (change: Change) =>
  lockName(change.kind === "removed" ? change.before : change.version);

/** What the text of a change did: an added version against the one before it; an edit against its old text. */
function redlineFor(change: Change): { redline: Redline; against: string } | undefined {
  if (change.kind === "added") {
    const redline = redlineOf(change.policy, change.version);
    return redline && change.version.previous
      ? { redline, against: `the version of ${formatLongDate(change.version.previous)}` }
      : undefined;
  }
  if (change.kind === "edited") {
    return {
      redline: compareVersions(preparedVersion(change.before), preparedVersion(change.version)),
      against: "its text on the base",
    };
  }
  return undefined;
}

/** The readability a change is compared with: the previous version's, or the old text's. */
function readabilityBefore(change: Change): Readability | undefined {
  if (change.kind === "edited") return change.before.readability;
  if (change.kind === "removed") return undefined;
  const previous = change.policy.versions.find(
    (version) => version.effective === change.version.previous,
  );
  return previous?.readability;
}

function tableRow(change: Change, model: SiteModel): string {
  if (change.kind === "removed") {
    const { before } = change;
    return `| ${before.policy} ${before.effective} | removed | ${kindOf(before)} | — | — | — |`;
  }
  const { version } = change;
  const url = absoluteUrl(model.site.url, versionPath(version.policy, version.effective));
  const compared = redlineFor(change);
  const stats = compared?.redline.stats;
  return [
    "",
    ` [${version.policy} ${version.effective}](${url}) `,
    ` ${change.kind} `,
    ` ${kindOf(version)} `,
    ` ${stats ? textChangeLabels[stats.textChange] : "First version"} `,
    ` ${stats ? `+${stats.wordsAdded} −${stats.wordsRemoved}` : `${version.readability.words}`} `,
    ` ${easeChange(readabilityBefore(change), version.readability)} `,
    "",
  ].join("|");
}

function details(
  change: Change,
  model: SiteModel,
  locked: Set<string>,
  contentFolder: string,
): string[] {
  if (change.kind === "removed") {
    const { before } = change;
    return [
      `### ${contentFolder}/${lockName(before)}: removed`,
      "",
      locked.has(lockName(before))
        ? "- **Published** (recorded in the lock): a published version may never be deleted; restore the file."
        : "- Not published yet (the lock does not record it): removing it withdraws nothing readers saw.",
    ];
  }
  const { version } = change;
  const lines = [`### ${version.file}: ${change.kind}`, ""];
  lines.push(
    `- **${escapeText(version.title)}**, ${kindOf(version).toLowerCase()} change, effective ${formatLongDate(version.effective)}, announced ${formatLongDate(version.announced)}.`,
  );
  if (version.summary) lines.push(`- Summary: ${escapeText(version.summary)}`);
  if (version.urgent) lines.push(`- Urgent: ${escapeText(version.urgent)}`);
  lines.push(...noticeLines(version, model));
  const compared = redlineFor(change);
  if (compared) {
    const view = summaryView(compared.redline);
    lines.push(
      `- Compared with ${compared.against}: ${view.textChange.sentence} ${view.wordCounts}`,
      ...view.lists.map(
        (list) =>
          `- ${list.label}: ${list.sections.map((section) => escapeText(section.title || "(untitled)")).join("; ")}`,
      ),
    );
  } else {
    lines.push("- The first version of this policy: nothing to compare it with.");
  }
  const before = readabilityBefore(change);
  lines.push(
    `- Readability: ${before ? `${formatWords(before.words)} → ` : ""}${formatWords(version.readability.words)}; reading ease ${easeChange(before, version.readability)}.`,
  );
  if (change.kind === "edited") lines.push(...lockLines(change, locked));
  return lines;
}

/** "Site settings changed": each site.yml setting the branch changes, old → new; none when it changes none. */
function settingsLines(baseModel: SiteModel, model: SiteModel): string[] {
  const changed = siteSettingChanges(baseModel.site, model.site);
  if (changed.length === 0) return [];
  return [
    "### Site settings changed",
    "",
    ...changed.map(
      ({ key, before, after }) => `- \`${key}\`: ${settingValue(before)} → ${settingValue(after)}`,
    ),
    "",
  ];
}

/** A setting's value as inline code, on one line and at most 100 characters; "not set" when absent. */
function settingValue(value: unknown): string {
  if (value === undefined) return "not set";
  const text = (typeof value === "string" ? value : JSON.stringify(value)).replace(/\s+/g, " ");
  return `\`${escapeCode(text.length > 100 ? `${text.slice(0, 99)}…` : text)}\``;
}

/** A material version's notice: how many days, and what the site's rule asks. */
function noticeLines(version: VersionModel, model: SiteModel): string[] {
  if (!version.material || !version.previous) return [];
  const days = daysBetween(version.announced, version.effective);
  const { notice_days: noticeDays, notice_rule: rule } = model.site;
  return [
    rule === "advance"
      ? `- Notice: announced ${plural(days, "day")} before it takes effect; site.yml asks ${noticeDays} in advance (announce by ${addDays(version.effective, -noticeDays)}).`
      : `- Notice: shown for ${noticeDays} days from ${formatLongDate(version.effective)} (notice_rule: from-change).`,
  ];
}

/** What the lock asks of an edit to a version it records. */
function lockLines(change: Extract<Change, { kind: "edited" }>, locked: Set<string>): string[] {
  const { version, before } = change;
  if (!locked.has(lockName(version))) {
    return [
      "- Not published yet (the lock does not record it): it may still change freely until its announcement is recorded.",
    ];
  }
  const added = version.corrections.slice(before.corrections.length);
  if (added.length === 0) {
    return [
      '- **Edits a published version** (recorded in the lock) without a correction: the lock refuses it. Undo the edit, or add to its front matter `corrections: [{ date: <the day you record it>, reason: "…" }]` and run `npm run check -- --lock` that day.',
    ];
  }
  return [
    `- **Corrects a published version** (recorded in the lock): ${added
      .map((correction) => `${correction.date}, ${escapeText(correction.reason)}`)
      .join("; ")}. Record the new text with \`npm run check -- --lock\` on the correction's date.`,
  ];
}

const kindOf = (version: Pick<VersionRecord, "material">) =>
  version.material ? "Material" : "Editorial";

function easeChange(before: Readability | undefined, after: Readability): string {
  const ease = after.readingEase;
  if (!ease) return `not computed (${after.language})`;
  const old = before?.readingEase;
  return old
    ? `${formatScore(old.score)} → ${formatScore(ease.score)} (${ease.formula})`
    : `${formatScore(ease.score)} (${ease.formula})`;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

/** Text from content shown as Markdown text: nothing in it becomes a link, a table cell or HTML. */
function escapeText(text: string): string {
  return text.replace(/[\\`*_[\]<>|#!]/g, (character) => `\\${character}`).replace(/\n/g, " ");
}

const escapeCode = (text: string) => text.replace(/`/g, "'");
