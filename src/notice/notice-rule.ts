/**
 * The site's notice rule (`notice_rule` and `notice_days` in content/site.yml), enforced
 * by `npm run check` and every build:
 *
 * - `advance` (default): a material version must be announced at least `notice_days`
 *   before it takes effect.
 * - `from-change`: the notice runs for `notice_days` from the day the version takes effect.
 * - Under both rules a material change's notice must be able to run in full: the next
 *   version may not take effect before that notice ends.
 *
 * The first version of a policy changes nothing and needs no notice. A version that breaks
 * the rule is an error unless its front matter says why (`urgent: "…"`).
 */
import { addDays, daysBetween, formatLongDate } from "../dates/index.ts";
import type { ContentProblem, VersionRecord } from "../content/index.ts";
import type { NoticeSettings, NoticedVersion } from "./notice.ts";
import { versionsByPolicy } from "../versions/index.ts";

/**
 * What the notice rule reads of a version: its dates, kind, notice window (as the site
 * model keeps it), file and lines for messages.
 */
export type RuleVersion = Pick<
  VersionRecord,
  "policy" | "effective" | "announced" | "material" | "urgent" | "file" | "lines"
> &
  Pick<NoticedVersion, "noticeWindow"> & {
    /**
     * Set when `announced` is later than the front matter says because the stated day
     * cannot be proved (src/archive/publishing-checks.ts): why, told after the problem.
     */
    announcedBecause?: string | undefined;
  };

/**
 * The notice a version gave, as the API states it: how many days before it took effect it
 * was announced, and whether that meets the site's rule. Only a material change to an
 * existing policy needs notice; under `from-change` the notice runs after the change, so
 * any advance is enough.
 */
export function noticeGiven(
  version: Pick<RuleVersion, "effective" | "announced" | "material">,
  hasPrevious: boolean,
  rule: NoticeSettings,
): { required: boolean; daysBeforeEffective: number; meetsRule: boolean } {
  const daysBeforeEffective = daysBetween(version.announced, version.effective);
  const required = version.material && hasPrevious;
  const meetsRule =
    !required || rule.noticeRule !== "advance" || daysBeforeEffective >= rule.noticeDays;
  return { required, daysBeforeEffective, meetsRule };
}

export function checkNoticeRule(
  versions: readonly RuleVersion[],
  rule: NoticeSettings,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const report = (version: RuleVersion, key: keyof RuleVersion["lines"], message: string) => {
    const line = version.lines[key];
    problems.push(
      line === undefined ? { file: version.file, message } : { file: version.file, line, message },
    );
  };
  const urgentHint = 'or, if it cannot wait, say why in its front matter: urgent: "…"';
  for (const ordered of versionsByPolicy(versions).values()) {
    ordered.forEach((version, index) => {
      const previous = ordered[index - 1];
      if (!previous || version.urgent !== undefined) return;

      const given = noticeGiven(version, true, rule);
      if (!given.meetsRule) {
        report(
          version,
          "announced",
          `this material change is announced ${given.daysBeforeEffective} day(s) before it takes effect${version.announcedBecause ? ` (${version.announcedBecause})` : ""}, but site.yml requires ${rule.noticeDays} days' notice in advance: announce it by ${addDays(version.effective, -rule.noticeDays)} or make it take effect on ${addDays(version.announced, rule.noticeDays)} or later (rename the file), ${urgentHint}`,
        );
      }

      const window = previous.noticeWindow;
      if (window && version.effective < window.end) {
        report(
          version,
          "title",
          `this version takes effect before the notice of the material change of ${formatLongDate(previous.effective)} has run its ${rule.noticeDays} days (until ${window.end}): make it take effect on ${window.end} or later (rename the file), ${urgentHint}`,
        );
      }
    });
  }
  return problems;
}
