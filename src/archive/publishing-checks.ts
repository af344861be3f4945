/**
 * The rules about publishing that span versions, run by `npm run check` and by every
 * build after the content itself is valid: the site's notice rule and the archive lock.
 */
import { existsSync } from "node:fs";
import { join, relative } from "node:path";
import { LOCK_FILE } from "../content/index.ts";
import type { ContentProblem, VersionRecord } from "../content/index.ts";
import type { CalendarDate } from "../dates/index.ts";
import type { SiteModel } from "../site/index.ts";
import { checkLock, lockableTranslations, lockName, readLock, type LockEntry } from "./lock.ts";
import { readArchiveHistory, type ArchiveHistory } from "./archive-history.ts";
import { noticeSettings } from "../notice/index.ts";
import { checkNoticeRule } from "../notice/index.ts";
import { readabilityProblems } from "../readability/index.ts";

export interface PublishingCheck {
  problems: ContentProblem[];
  /** Not errors, but an editor should act: published versions the lock does not record. */
  warnings: string[];
}

/**
 * Checks the site model of valid content, whose notice windows are already computed.
 * `model.today` is the day the site is built for (AS_OF may move it); `recordingDay` is
 * today by the real clock, the day against which announcements are proved. `history`
 * defaults to the content folder's Git history.
 */
export function checkPublishing(input: {
  model: SiteModel;
  recordingDay: CalendarDate;
  contentDir: string;
  projectRoot: string;
  history?: ArchiveHistory;
  /**
   * `check --lock --import`: the editor vouches for the announcement dates of the versions
   * being imported (the lock marks them imported), so they are not re-dated from Git.
   */
  importing?: boolean;
}): PublishingCheck {
  const { model, recordingDay } = input;
  const versions = model.policies.flatMap((policy) => policy.versions);
  // The lock keeps withdrawn versions too; the notice rule reads only the timeline.
  const published = [...versions, ...model.policies.flatMap((policy) => policy.withdrawn)];
  const history = input.history ?? readArchiveHistory(input.contentDir, model.site.timezone);
  const lock = readLock(input.contentDir, input.projectRoot);
  const entries = lock.ok ? lock.value : [];
  // Recorded now, or once (a removed line is refused below): its announcement was proved.
  const locked = new Set([
    ...entries.map(lockName),
    ...(history.available ? history.everRecorded.keys() : []),
  ]);
  // A site whose archive has not begun (no lock now or ever) is a new site whose history is
  // yet to be imported: its announcements are taken as written, with a warning each.
  const archiveBegun =
    entries.length > 0 || (history.available && history.lastRecorded !== undefined);
  const trustStated = input.importing === true || !archiveBegun;
  const problems = checkNoticeRule(
    versions.map((version) =>
      trustStated
        ? version
        : { ...version, ...provedAnnouncement(version, { locked, history, recordingDay }) },
    ),
    noticeSettings(model.site),
  );
  // Plain language is asked of new text: a version the lock records is history.
  problems.push(
    ...readabilityProblems(
      versions,
      model.site.readability?.min_reading_ease,
      (version) => !locked.has(lockName(version)),
    ),
  );
  const warnings = history.available
    ? []
    : [
        `the archive's Git history cannot be checked (${history.reason}): a deleted lock, a removed lock line or a back-dated announcement is not detected`,
      ];
  if (!lock.ok) return { problems: [...problems, ...lock.problems], warnings };
  problems.push(
    ...historyProblems({
      history,
      entries,
      lockFile: lock.file,
      lockExists: existsSync(join(input.contentDir, LOCK_FILE)),
    }),
    ...deletedVersionProblems({
      history,
      present: new Set(published.map(lockName)),
      contentFolder: relative(input.projectRoot, input.contentDir) || ".",
      recordingDay,
    }),
  );
  const checked = checkLock({
    versions: [
      ...published,
      ...lockableTranslations(
        published.flatMap((version) => version.translations),
        published,
      ),
    ],
    entries,
    lockFile: lock.file,
    today: model.today,
    recordingDay,
    lastRecorded: history.available ? history.lastRecorded?.day : undefined,
  });
  return {
    problems: [...problems, ...checked.problems],
    warnings: [...warnings, ...checked.unrecorded],
  };
}

/**
 * The announcement day the notice rule may count from. The lock proves it for a version it
 * records; otherwise a day before today is proved only by Git, by the commit that first
 * added the file: "announced two months ago" in a file first committed today counts from
 * today. Without history the front matter is taken at its word (and a warning says so).
 */
function provedAnnouncement(
  version: Pick<VersionRecord, "policy" | "effective" | "announced" | "postponed">,
  known: { locked: Set<string>; history: ArchiveHistory; recordingDay: CalendarDate },
): { announced: CalendarDate; announcedBecause?: string } {
  const { announced } = version;
  // A postponed version was announced at its old dates: any of their files proves it.
  const names = [
    lockName(version),
    ...version.postponed.map((move) => lockName({ policy: version.policy, effective: move.from })),
  ];
  if (
    announced >= known.recordingDay ||
    names.some((name) => known.locked.has(name)) ||
    !known.history.available
  ) {
    return { announced };
  }
  const { history } = known;
  const committed = names
    .map((name) => history.firstCommitted.get(name))
    .filter((day): day is CalendarDate => day !== undefined)
    .sort()[0];
  const proved = committed ?? known.recordingDay;
  if (proved <= announced) return { announced };
  return {
    announced: proved,
    announcedBecause: committed
      ? `counted from ${committed}, the day it was first committed: its front matter says announced: ${announced}, but it is not in the lock and Git has no earlier trace of it`
      : `counted from today, ${proved}: its front matter says announced: ${announced}, but it is neither committed nor in the lock`,
  };
}

/** Lines the lock once recorded and no longer has, or the lock itself gone, per Git. */
function historyProblems(input: {
  history: ArchiveHistory;
  entries: readonly LockEntry[];
  lockFile: string;
  lockExists: boolean;
}): ContentProblem[] {
  const { history, lockFile } = input;
  if (!history.available || history.everRecorded.size === 0) return [];
  const last = history.lastRecorded;
  if (!input.lockExists && last) {
    return [
      {
        file: lockFile,
        message: `the lock is gone, but Git history shows it recorded ${history.everRecorded.size} published version(s) (last in commit ${last.commit} on ${last.day}): published versions stay published; restore it (git checkout ${last.commit} -- ./${lockFile}), then record what changed since with npm run check -- --lock`,
      },
    ];
  }
  const present = new Set(input.entries.map(lockName));
  return [...history.everRecorded]
    .filter(([name]) => !present.has(name))
    .map(([name, ref]) => ({
      file: lockFile,
      message: `${name} was recorded as published in commit ${ref.commit} (${ref.day}) and its line is gone: a published version is never removed from the lock; restore the line (git show ${ref.commit}:./${lockFile}), and its file if it was deleted`,
    }));
}

const VERSION_PATH = /^[a-z0-9-]+\/(\d{4}-\d{2}-\d{2})\.md$/;

/**
 * Versions Git saw that are gone now, though they had taken effect while they existed (the
 * lock never recorded them, or the line checks above would name them): a version in
 * effect was published, whatever its announcement said.
 */
function deletedVersionProblems(input: {
  history: ArchiveHistory;
  present: Set<string>;
  contentFolder: string;
  recordingDay: CalendarDate;
}): ContentProblem[] {
  const { history } = input;
  if (!history.available) return [];
  const problems: ContentProblem[] = [];
  for (const name of history.firstCommitted.keys()) {
    const effective = VERSION_PATH.exec(name)?.[1];
    if (!effective || input.present.has(name) || history.everRecorded.has(name)) continue;
    const deleted = history.lastDeleted.get(name);
    const goneOn = deleted?.day ?? input.recordingDay;
    if (effective > goneOn) continue;
    const file = `${input.contentFolder}/${name}`;
    problems.push({
      file,
      message: `this version took effect on ${effective} and is gone${deleted ? ` (deleted in commit ${deleted.commit} on ${deleted.day})` : ""}: a published version may never be deleted; restore it (${deleted ? `git checkout ${deleted.commit}~1 -- ./${file}` : `git checkout HEAD -- ./${file}`}) and record it with npm run check -- --lock --import`,
    });
  }
  return problems;
}
