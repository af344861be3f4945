/**
 * The tamper-evident archive: `content/published.lock` records the SHA-256 of every
 * published version (announced on or before today), so that no published text is ever
 * deleted or silently changed.
 *
 * The rule, airtight and simple:
 * - A version listed in the lock must exist, and its file's SHA-256 must equal the
 *   recorded one.
 * - A published text may be corrected only by adding an entry to its front matter's
 *   `corrections` list. The lock records how many corrections the file had when its hash
 *   was recorded; a file whose hash differs is accepted only while it lists more
 *   corrections than that (a correction not yet recorded). `npm run check -- --lock`
 *   then records the new hash with the new count, and from then on the corrected text is
 *   frozen again. Removing a recorded correction is a change like any other.
 * - A published version missing from the lock is a warning, not an error (the scheduled
 *   build must still publish on time): `npm run check -- --lock` records it.
 * - The lock is the proof of when a version was published, so it records a version only on
 *   its announcement day and a correction only on the day it is dated, by the real clock:
 *   a back-dated `announced` cannot pass the notice rule, and a correction dated in the past
 *   cannot slip into the feeds behind newer entries. The existing history of a new site is
 *   recorded once with `--import`, which marks those lines `imported`.
 * - What the lock once recorded stays recorded: Git history is checked for lines removed
 *   and for a lock deleted (archive-history.ts).
 * - Two more changes to a published version are accepted, each recorded like a correction,
 *   on its day (src/lifecycle/): a **withdrawal** (the file gains `withdrawn:`, so its hash
 *   changes; the line is marked `withdrawn`, and removing the withdrawal later is refused)
 *   and a **postponement** (`npm run postpone` renames the file to the later date and adds a
 *   `postponed:` entry naming the old date; the old line stays, marked
 *   `postponed-to:<new date>`, and the file at the new date gets its own line, its
 *   announcement proved by the old one). Any other deletion or change is refused.
 *
 * Format, one line per version, sorted, diff-friendly:
 *   `<policy>/<YYYY-MM-DD>.md sha256:<64 hex> corrections:<count>[ imported][ withdrawn][ postponed-to:<YYYY-MM-DD>]`
 */
import { existsSync, readFileSync } from "node:fs";
import { writeFileAtomically } from "./atomic-write.ts";
import { join, relative } from "node:path";
import { isCalendarDate, type CalendarDate } from "../dates/index.ts";
import type { ContentProblem, TranslationRecord, VersionRecord } from "../content/index.ts";
import { POLICY_SLUG_PATTERN } from "../content/index.ts";
import type { Parsed } from "../content/index.ts";
import { LOCK_FILE } from "../content/index.ts";
import { movedFrom, movedFromLocked } from "./lock-lifecycle.ts";

/**
 * What the lock reads of a version, or of a translation (`language` set; its `announced` is
 * its source version's: a translation is published with, or after, the version it translates).
 */
export type LockableVersion = Pick<
  VersionRecord,
  | "policy"
  | "effective"
  | "announced"
  | "sha256"
  | "file"
  | "corrections"
  | "withdrawn"
  | "postponed"
> & { language?: string | undefined };

/** The translations as the lock reads them: each dated by its source version's announcement. */
export function lockableTranslations(
  translations: readonly Pick<
    TranslationRecord,
    "policy" | "effective" | "language" | "sha256" | "file" | "corrections"
  >[],
  versions: readonly Pick<VersionRecord, "policy" | "effective" | "announced">[],
): LockableVersion[] {
  const announced = new Map(
    versions.map((version) => [`${version.policy}/${version.effective}`, version.announced]),
  );
  return translations.flatMap((translation) => {
    const day = announced.get(`${translation.policy}/${translation.effective}`);
    return day ? [{ ...lockablePick(translation), announced: day }] : [];
  });
}

const lockablePick = (
  translation: Pick<
    TranslationRecord,
    "policy" | "effective" | "language" | "sha256" | "file" | "corrections"
  >,
) => ({
  policy: translation.policy,
  effective: translation.effective,
  language: translation.language,
  sha256: translation.sha256,
  file: translation.file,
  corrections: translation.corrections,
  // A translation is never postponed on its own: it follows its source's date.
  postponed: [],
});

export interface LockEntry {
  policy: string;
  effective: CalendarDate;
  /** A translation's language (`privacy/2014-03-15.de.md`); undefined for a version. */
  language?: string | undefined;
  sha256: string;
  /** How many corrections the file listed when its hash was recorded. */
  corrections: number;
  /** Recorded with `--import`, after its announcement day: its dates are the editors' word. */
  imported: boolean;
  /** The file's hash was recorded with its `withdrawn:` record, which may never be removed. */
  withdrawalRecorded?: boolean | undefined;
  /** The version was postponed to this date: its file moved there (`npm run postpone`). */
  postponedTo?: CalendarDate | undefined;
  /** Line in the lock file (0 for entries not read from a file). */
  line: number;
}

const HEADER = [
  "# Published versions and the SHA-256 of their files: nothing published may be deleted or",
  "# changed without a recorded correction. Written by `npm run check -- --lock`; do not edit.",
];
const ENTRY_LINE = new RegExp(
  `^(${POLICY_SLUG_PATTERN})/(\\d{4}-\\d{2}-\\d{2})(?:\\.([A-Za-z0-9-]+))?\\.md sha256:([0-9a-f]{64}) corrections:(\\d+)( imported)?( withdrawn)?(?: postponed-to:(\\d{4}-\\d{2}-\\d{2}))?$`,
);

/** `privacy/2014-03-15.md`: how the lock names a version (`privacy/2014-03-15.de.md`, a translation). */
export const lockName = (version: {
  policy: string;
  effective: CalendarDate;
  language?: string | undefined;
}) => `${version.policy}/${version.effective}${version.language ? `.${version.language}` : ""}.md`;

/** Reads the lock's text; every malformed line is a problem with its line number. */
export function parseLock(text: string, file: string): Parsed<LockEntry[]> {
  const entries: LockEntry[] = [];
  const problems: ContentProblem[] = [];
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const content = raw.trim();
    if (content === "" || content.startsWith("#")) return;
    const match = ENTRY_LINE.exec(content);
    if (
      !match ||
      !isCalendarDate(match[2]) ||
      (match[8] !== undefined && !isCalendarDate(match[8]))
    ) {
      problems.push({
        file,
        line,
        message:
          "not a lock entry (`<policy>/<YYYY-MM-DD>.md sha256:<hex> corrections:<n>`): restore the file from git and run npm run check -- --lock",
      });
      return;
    }
    const entry: LockEntry = {
      policy: match[1] ?? "",
      effective: match[2],
      ...(match[3] ? { language: match[3] } : {}),
      sha256: match[4] ?? "",
      corrections: Number(match[5]),
      imported: match[6] !== undefined,
      withdrawalRecorded: match[7] !== undefined,
      postponedTo: match[8] as CalendarDate | undefined,
      line,
    };
    if (seen.has(lockName(entry))) {
      problems.push({ file, line, message: `${lockName(entry)} is listed twice: keep one line` });
      return;
    }
    seen.add(lockName(entry));
    entries.push(entry);
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: entries };
}

/** The lock's text for `entries`: header, then one sorted line per version. */
export function formatLock(entries: readonly Omit<LockEntry, "line">[]): string {
  const lines = entries
    .map(
      (entry) =>
        `${lockName(entry)} sha256:${entry.sha256} corrections:${entry.corrections}${entry.imported ? " imported" : ""}${entry.withdrawalRecorded ? " withdrawn" : ""}${entry.postponedTo ? ` postponed-to:${entry.postponedTo}` : ""}`,
    )
    .sort();
  return [...HEADER, ...lines].join("\n") + "\n";
}

export interface LockCheck {
  /** Errors: deleted or changed published versions, impossible corrections. */
  problems: ContentProblem[];
  /** Published versions or corrections the lock does not record yet. */
  unrecorded: string[];
}

/**
 * Checks `versions` against the lock's `entries` as of `today` (the day the site is built
 * for). `recordingDay` is today by the real clock, the only day the lock can record.
 */
export function checkLock(input: {
  versions: readonly LockableVersion[];
  entries: readonly LockEntry[];
  lockFile: string;
  today: CalendarDate;
  recordingDay: CalendarDate;
  /**
   * The day the lock last recorded something (from Git history): a new correction dated
   * before it would sit behind entries the feeds already showed.
   */
  lastRecorded?: CalendarDate | undefined;
}): LockCheck {
  const { versions, entries, lockFile, today } = input;
  const problems: ContentProblem[] = [];
  const unrecorded: string[] = [];
  const byName = new Map(versions.map((version) => [lockName(version), version]));
  const locked = new Set(entries.map(lockName));

  for (const entry of entries) {
    const name = lockName(entry);
    const version = byName.get(name);
    const moved = version ? undefined : movedFrom(versions, entry);
    if (moved) {
      // Postponed: the file moved to a later date (lock-lifecycle.ts).
      if (!entry.postponedTo) {
        unrecorded.push(
          `${moved.version.file}: postponement from ${entry.effective} to ${moved.to} not recorded yet: run npm run check -- --lock`,
        );
      }
      continue;
    }
    if (!version) {
      problems.push({
        file: lockFile,
        line: entry.line,
        message: `${name} was published and is recorded here, but its file is gone: a published version may never be deleted; restore it from git (git checkout HEAD -- content/${name})`,
      });
      continue;
    }
    if (entry.withdrawalRecorded && !version.withdrawn) {
      problems.push({
        file: version.file,
        message: `this version's withdrawal is recorded (${lockFile}:${entry.line}): a recorded withdrawal may never be removed; restore it from git, and announce the change again as a new version`,
      });
      continue;
    }
    if (version.sha256 === entry.sha256) continue;
    if (version.withdrawn && !entry.withdrawalRecorded) {
      const { date } = version.withdrawn;
      if (input.lastRecorded && date < input.lastRecorded) {
        problems.push({
          file: version.file,
          message: `the withdrawal is dated ${date}, before the lock last recorded a change (${input.lastRecorded}): date it the day you record it, ${input.recordingDay}, so its notice runs in full`,
        });
      } else {
        unrecorded.push(
          `${version.file}: withdrawal of ${date} not recorded yet: run npm run check -- --lock`,
        );
      }
      continue;
    }
    const count = version.corrections.length;
    const pending = version.corrections[count - 1];
    if (
      count > entry.corrections &&
      input.lastRecorded &&
      pending &&
      pending.date < input.lastRecorded
    ) {
      problems.push({
        file: version.file,
        message: `the new correction is dated ${pending.date}, before the lock last recorded a change (${input.lastRecorded}): date it the day you record it, ${input.recordingDay}, so the feeds show it as the newest change`,
      });
    } else if (count > entry.corrections) {
      unrecorded.push(
        `${version.file}: correction of ${version.corrections[count - 1]?.date} not recorded yet: run npm run check -- --lock`,
      );
    } else if (count < entry.corrections) {
      problems.push({
        file: version.file,
        message: `this published version had ${entry.corrections} recorded correction(s) and now lists ${count}: a recorded correction may never be removed; restore it from git`,
      });
    } else {
      problems.push({
        file: version.file,
        message: `this published version's text changed (its SHA-256 is ${version.sha256.slice(0, 12)}…, ${lockFile}:${entry.line} records ${entry.sha256.slice(0, 12)}…): undo the change, or if it corrects a mistake, add to its front matter \`corrections: [{ date: ${input.recordingDay}, reason: "…" }]\` and run npm run check -- --lock`,
      });
    }
  }

  for (const version of versions) {
    version.corrections.forEach((correction, index) => {
      const previous = version.corrections[index - 1];
      if (correction.date < version.announced || correction.date > today) {
        problems.push({
          file: version.file,
          message: `the correction dated ${correction.date} must be dated between the version's announcement (${version.announced}) and today (${today})`,
        });
      } else if (previous && correction.date < previous.date) {
        problems.push({
          file: version.file,
          message: `corrections are listed oldest first: ${correction.date} comes before ${previous.date}`,
        });
      }
    });
    if (
      version.announced <= today &&
      !locked.has(lockName(version)) &&
      !movedFromLocked(version, locked)
    ) {
      unrecorded.push(
        version.announced < input.recordingDay && !version.language
          ? `${version.file}: announced on ${version.announced} but not recorded in ${lockFile} that day, so its announcement date is unproved and --lock will not record it: if it is the existing history of a new site, run npm run check -- --lock --import and commit the lock`
          : version.language
            ? `${version.file}: a translation of a published version, not recorded in ${lockFile}: run npm run check -- --lock today and commit it`
            : `${version.file}: published on ${version.announced} but not recorded in ${lockFile}: run npm run check -- --lock today and commit it`,
      );
    }
  }
  return { problems, unrecorded };
}

/**
 * The lock after recording every published version and pending correction, on `today` by
 * the real clock. Versions already recorded keep their line unless a new correction,
 * dated today, explains their new hash. A version is recorded only on its announcement
 * day, unless `importing` (the existing history of a new site), which marks it imported.
 * What cannot be recorded is a problem and nothing is written.
 */
export function recordPublished(input: {
  versions: readonly LockableVersion[];
  entries: readonly LockEntry[];
  today: CalendarDate;
  importing?: boolean;
}): { entries: Omit<LockEntry, "line">[]; recorded: string[]; problems: ContentProblem[] } {
  const { today, importing = false } = input;
  const byName = new Map(input.versions.map((version) => [lockName(version), version]));
  const recorded: string[] = [];
  const problems: ContentProblem[] = [];
  // A withdrawal or postponement is recorded on its day, as a correction is.
  const onItsDay = (file: string, what: string, date: CalendarDate) => {
    if (date === today || importing) return true;
    problems.push({
      file,
      message: `the ${what} is dated ${date}, but it is recorded today, ${today}: date it ${today}, so its notice runs in full from the day it is published`,
    });
    return false;
  };
  const entries = input.entries.map((entry): Omit<LockEntry, "line"> => {
    const kept = {
      policy: entry.policy,
      effective: entry.effective,
      ...(entry.language ? { language: entry.language } : {}),
      sha256: entry.sha256,
      corrections: entry.corrections,
      imported: entry.imported,
      withdrawalRecorded: entry.withdrawalRecorded,
      postponedTo: entry.postponedTo,
    };
    const version = byName.get(lockName(entry));
    const moved = version ? undefined : movedFrom(input.versions, entry);
    if (moved && !entry.postponedTo) {
      if (!onItsDay(moved.version.file, "postponement", moved.move.date)) return kept;
      recorded.push(`${lockName(entry)}: postponed to ${moved.to}, recorded`);
      return { ...kept, postponedTo: moved.to };
    }
    if (version?.withdrawn && !entry.withdrawalRecorded && version.sha256 !== entry.sha256) {
      if (!onItsDay(version.file, "withdrawal", version.withdrawn.date)) return kept;
      recorded.push(`${lockName(entry)}: withdrawn on ${version.withdrawn.date}, recorded`);
      return { ...kept, sha256: version.sha256, withdrawalRecorded: true };
    }
    if (
      !version ||
      version.sha256 === entry.sha256 ||
      version.corrections.length <= entry.corrections
    ) {
      return kept;
    }
    const correction = version.corrections.at(-1);
    if (correction && correction.date !== today && !importing) {
      problems.push({
        file: version.file,
        message: `the new correction is dated ${correction.date}, but it is recorded today, ${today}: date it ${today}, so the feeds and the version's page show it as the newest change`,
      });
      return kept;
    }
    recorded.push(`${lockName(entry)}: correction of ${correction?.date} recorded`);
    return { ...kept, ...pick(version), corrections: version.corrections.length };
  });
  const locked = new Set(input.entries.map(lockName));
  for (const version of input.versions) {
    if (version.announced > today || locked.has(lockName(version))) continue;
    // A postponed version's announcement is proved by its old date's line; a translation
    // may come after its source was announced: its line proves no notice.
    const moved = movedFromLocked(version, locked);
    const late = version.announced < today && !moved && !version.language;
    if (late && !importing) {
      problems.push({
        file: version.file,
        message: `announced on ${version.announced}, but the lock records a version only on the day it is announced (today is ${today}): announce it today (announced: ${today}) and check the notice it gives; if it is the existing history of a new site, record it with npm run check -- --lock --import`,
      });
      continue;
    }
    recorded.push(
      `${lockName(version)}: ${moved ? `postponed from ${version.postponed.at(-1)?.from}` : `published on ${version.announced}`}, recorded${late ? " as imported" : ""}`,
    );
    entries.push({
      ...pick(version),
      corrections: version.corrections.length,
      imported: late,
      withdrawalRecorded: version.withdrawn !== undefined,
    });
  }
  return { entries, recorded, problems };
}

function pick(version: LockableVersion) {
  return {
    policy: version.policy,
    effective: version.effective,
    ...(version.language ? { language: version.language } : {}),
    sha256: version.sha256,
  };
}

/** Reads `<contentDir>/published.lock`; a missing lock is an empty one. */
export function readLock(
  contentDir: string,
  projectRoot: string,
): Parsed<LockEntry[]> & { file: string } {
  const path = join(contentDir, LOCK_FILE);
  const file = relative(projectRoot, path) || path;
  if (!existsSync(path)) return { ok: true, value: [], file };
  return { ...parseLock(readFileSync(path, "utf8"), file), file };
}

/** Replaces the lock file in one rename, so it is never half-written. */
export function writeLock(contentDir: string, entries: readonly Omit<LockEntry, "line">[]): void {
  writeFileAtomically(join(contentDir, LOCK_FILE), formatLock(entries));
}
