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
import { addDays, daysBetween, formatLongDate, type CalendarDate } from "../dates/index.ts";
import type { ContentProblem } from "../content/index.ts";
import { noticeWindow, type NoticeSettings } from "./notice.ts";
import { versionsByPolicy } from "../versions/index.ts";

export interface RuleVersion {
  policy: string;
  effective: CalendarDate;
  announced: CalendarDate;
  material: boolean;
  urgent: string | undefined;
  /** Project-relative path, for messages. */
  file: string;
  /** 1-based line of `key:` in the file's front matter, if it is there. */
  lineOf?: (key: string) => number | undefined;
}

export function checkNoticeRule(
  versions: readonly RuleVersion[],
  rule: NoticeSettings,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const report = (version: RuleVersion, key: string, message: string) => {
    const line = version.lineOf?.(key);
    problems.push(
      line === undefined ? { file: version.file, message } : { file: version.file, line, message },
    );
  };
  const urgentHint = 'or, if it cannot wait, say why in its front matter: urgent: "…"';
  for (const ordered of versionsByPolicy(versions).values()) {
    ordered.forEach((version, index) => {
      const previous = ordered[index - 1];
      if (!previous || version.urgent !== undefined) return;

      if (version.material && rule.noticeRule === "advance") {
        const days = daysBetween(version.announced, version.effective);
        if (days < rule.noticeDays) {
          report(
            version,
            "announced",
            `this material change is announced ${days} day(s) before it takes effect, but site.yml requires ${rule.noticeDays} days' notice in advance: announce it by ${addDays(version.effective, -rule.noticeDays)} or make it take effect on ${addDays(version.announced, rule.noticeDays)} or later (rename the file), ${urgentHint}`,
          );
        }
      }

      const window = noticeWindow(previous, rule);
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

/** Finds the line of a top-level front-matter key in a version file's text. */
export function frontMatterLineFinder(text: string): (key: string) => number | undefined {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n?|\n/);
  return (key) => {
    const end = lines.findIndex((line, at) => at > 0 && line.trim() === "---");
    const index = lines.findIndex(
      (line, at) => at > 0 && (end < 0 || at < end) && line.startsWith(`${key}:`),
    );
    return index < 0 ? undefined : index + 1;
  };
}
