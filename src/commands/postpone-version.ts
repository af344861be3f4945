/**
 * `npm run postpone -- <policy> <date> --to <new date> --reason "…"`: moves an announced
 * version to a later effective date.
 *
 * The file mechanics (src/lifecycle/ states the rules): the file name is the effective
 * date, so `content/<policy>/<date>.md` is renamed `<new date>.md`, and its front matter
 * gains a `postponed:` entry `{ from: <date>, date: <today>, reason }` at its end; nothing
 * else in the file changes. The old URL then shows a page leading to the new one, and
 * `npm run check -- --lock`, run the same day, records the move in the lock (the old line
 * is kept, marked `postponed-to:<new date>`).
 *
 * Everything is checked before anything is written: the new file is read back as the
 * content loader would read it, and the policy's notice rule is checked again with the
 * version at its new date.
 */
import { existsSync, unlinkSync } from "node:fs";
import { join, relative } from "node:path";
import { writeFileAtomically } from "../archive/index.ts";
import {
  ContentError,
  formatProblem,
  readVersionSource,
  UsageError,
  type Content,
  type VersionRecord,
} from "../content/index.ts";
import { formatLongDate, type CalendarDate } from "../dates/index.ts";
import { checkNoticeRule, noticeSettings } from "../notice/index.ts";
import { buildSiteModel } from "../site/index.ts";

export interface PostponePlan {
  /** Absolute paths of the file now and after the move. */
  oldPath: string;
  newPath: string;
  /** The moved file's new bytes. */
  bytes: Uint8Array<ArrayBuffer>;
  version: VersionRecord;
}

export function planPostponement(input: {
  content: Content;
  contentDir: string;
  projectRoot: string;
  policy: string;
  date: CalendarDate;
  to: CalendarDate;
  reason: string;
  today: CalendarDate;
}): PostponePlan {
  const { content, policy, date, to, today } = input;
  const versions = content.versions.filter((version) => version.policy === policy);
  if (versions.length === 0) throw new UsageError(`there is no policy "${policy}" in the content`);
  const version = versions.find((each) => each.effective === date);
  if (!version) {
    throw new UsageError(
      `${policy} has no version taking effect on ${date}: its versions are ${versions.map((each) => each.effective).join(", ")}`,
    );
  }
  const reason = input.reason.trim();
  if (reason === "" || /[\r\n\u2028\u2029]/.test(reason)) {
    throw new UsageError(
      '--reason must be one line saying why the change is postponed, e.g. --reason "We need more time to answer the feedback."',
    );
  }
  const at = (message: string) => new ContentError([{ file: version.file, message }]);
  if (to <= date) {
    throw at(
      `--to ${to} is not later than ${date}: a postponement moves a version to a later date; to bring a change forward, withdraw it (withdrawn: { date, reason }) and announce a new version`,
    );
  }
  const clash = versions.find(
    (each) => each.effective === to || each.postponed.some((move) => move.from === to),
  );
  if (clash) {
    throw at(
      `--to ${to}: ${clash.file} ${clash.effective === to ? "already takes effect" : "was announced to take effect"} on ${formatLongDate(to)}: choose another date`,
    );
  }
  if (date <= today) {
    throw at(
      `this version took effect on ${date}: only a version that has not taken effect can be postponed; publish a new version instead (npm run new)`,
    );
  }
  if (version.withdrawn) {
    throw at(`this version was withdrawn on ${version.withdrawn.date}: it cannot be postponed`);
  }

  const text = new TextDecoder().decode(version.bytes);
  const moved = withPostponement(text, version, { from: date, date: today, reason }, at);
  const bytes = new TextEncoder().encode(moved);
  const oldPath = join(input.contentDir, policy, `${date}.md`);
  const newPath = join(input.contentDir, policy, `${to}.md`);
  const read = readVersionSource(
    bytes,
    { file: relative(input.projectRoot, newPath) || newPath, policy, fileName: `${to}.md` },
    { imageHosts: content.site.image_hosts },
  );
  if (!read.ok) throw new ContentError(read.problems);

  // The notice rule again, with the version at its new date: any problem the move causes.
  const noticeProblems = (all: readonly VersionRecord[]) =>
    checkNoticeRule(
      buildSiteModel({ site: content.site, versions: all, today }).policies.flatMap(
        (each) => each.versions,
      ),
      noticeSettings(content.site),
    );
  const before = new Set(noticeProblems(content.versions).map(formatProblem));
  const after = noticeProblems([
    ...content.versions.filter((each) => each !== version),
    read.value,
  ]);
  const problems = after.filter((problem) => !before.has(formatProblem(problem)));
  if (problems.length > 0) throw new ContentError(problems);
  return { oldPath, newPath, bytes, version: read.value };
}

/**
 * The file's text with `move` appended to its `postponed:` list, which `npm run postpone`
 * keeps as the front matter's last key so that the rest of the file stays byte for byte.
 */
function withPostponement(
  text: string,
  version: VersionRecord,
  move: { from: CalendarDate; date: CalendarDate; reason: string },
  at: (message: string) => Error,
): string {
  const newline = text.includes("\r\n") ? "\r\n" : "\n";
  const lines = text.split(/\r?\n/);
  // The closing "---" of the front matter: the first after line 1.
  const close = lines.findIndex((line, index) => index > 0 && /^---[ \t]*$/.test(line));
  const keyLines = Object.values(version.lines);
  const postponedLine = version.lines.postponed;
  if (postponedLine !== undefined && keyLines.some((line) => line > postponedLine)) {
    throw at(
      `postponed: must be the last field of the front matter for npm run postpone to add to it (line ${postponedLine}): move it after the others`,
    );
  }
  const entry = [
    `  - from: ${move.from}`,
    `    date: ${move.date}`,
    // JSON text is a YAML double-quoted scalar: any reason is written safely.
    `    reason: ${JSON.stringify(move.reason)}`,
  ];
  const added = postponedLine === undefined ? ["postponed:", ...entry] : entry;
  return [...lines.slice(0, close), ...added, ...lines.slice(close)].join(newline);
}

/** Writes the moved file whole, then removes the old one. */
export function writePostponement(plan: PostponePlan): void {
  if (existsSync(plan.newPath)) throw new UsageError(`${plan.newPath} already exists`);
  writeFileAtomically(plan.newPath, plan.bytes);
  unlinkSync(plan.oldPath);
}

/** What `postpone` tells the editor. */
export function describePostponement(plan: PostponePlan, projectRoot: string): string[] {
  const name = (path: string) => relative(projectRoot, path) || path;
  return [
    `✓ Moved ${name(plan.oldPath)} to ${name(plan.newPath)} (postponed: ${plan.version.postponed.at(-1)?.reason}).`,
    `  Its old URL now leads to the new date. Run npm run check -- --lock today to record the move, and commit the content and the lock together.`,
  ];
}
