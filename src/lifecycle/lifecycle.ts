/**
 * What happens to an announced version before it takes effect: it may be **withdrawn**
 * (`withdrawn: { date, reason }`: it never takes effect) or **postponed** (`npm run
 * postpone` renames its file to the later date and appends `{ from, date, reason }` to its
 * `postponed` list). Browser-safe: no Node API.
 *
 * Invariants, checked here for one version file and relied on by the site model:
 * - a version is withdrawn strictly before it takes effect, and on or after it was
 *   announced: a version in effect is replaced by a new version, never withdrawn;
 * - each postponement moves the version to a later day: the `from` dates increase and
 *   are all before the effective date (the file name), and each was postponed on a day
 *   before its old date took effect and not before the version was announced.
 *
 * A withdrawal counts from its `date`: a site built for an earlier day (`AS_OF`) shows
 * the version as it then was, upcoming. A postponement is a rename, so the version is at
 * its new date whatever day the site is built for.
 */
import { addDays, formatLongDate, type CalendarDate } from "../dates/index.ts";
import type { ContentProblem, VersionRecord } from "../content/index.ts";
import type { NoticeWindow } from "../notice/index.ts";

/** What the lifecycle rules read of a version. */
export type LifecycleVersion = Pick<
  VersionRecord,
  "effective" | "announced" | "withdrawn" | "postponed"
>;

/** A problem with a version's own `withdrawn` or `postponed` record, with the key (and entry) it is on. */
export interface LifecycleProblem {
  key: "withdrawn" | "postponed";
  /** The `postponed` entry, for its line. */
  index?: number;
  message: string;
}

/** Every way the version's `withdrawn` and `postponed` records contradict its dates. */
export function lifecycleProblems(version: LifecycleVersion): LifecycleProblem[] {
  const problems: LifecycleProblem[] = [];
  const { withdrawn, effective, announced } = version;
  if (withdrawn && withdrawn.date >= effective) {
    problems.push({
      key: "withdrawn",
      message: `this version took effect on ${effective}${withdrawn.date > effective ? `, before it was withdrawn on ${withdrawn.date}` : ", the day it is withdrawn"}: only a version that has not taken effect can be withdrawn; to undo a version in effect, publish a new version that replaces it (npm run new)`,
    });
  } else if (withdrawn && withdrawn.date < announced) {
    problems.push({
      key: "withdrawn",
      message: `withdrawn on ${withdrawn.date}, before it was announced (${announced}): date the withdrawal on or after the announcement`,
    });
  }
  version.postponed.forEach((move, index) => {
    const later = version.postponed[index + 1]?.from ?? effective;
    const problem = (message: string) => problems.push({ key: "postponed", index, message });
    if (move.from >= later) {
      problem(
        `postponed from ${move.from} to ${later}${later === effective ? " (the file name)" : ""}, which is not later: a postponement moves a version to a later date; to make it take effect earlier, withdraw it and announce a new version`,
      );
    } else if (move.date >= move.from) {
      problem(
        `postponed on ${move.date}, but it was to take effect on ${move.from}: a version that has taken effect cannot be postponed; publish a new version instead`,
      );
    } else if (move.date < announced) {
      problem(
        `postponed on ${move.date}, before it was announced (${announced}): date the postponement on or after the announcement`,
      );
    } else if (index > 0 && move.date < (version.postponed[index - 1]?.date ?? move.date)) {
      problem("postponements are listed oldest first: the one written by npm run postpone last");
    }
  });
  return problems;
}

/** Whether `version` is withdrawn as of `today`. */
export function isWithdrawnOn(version: Pick<VersionRecord, "withdrawn">, today: CalendarDate) {
  return version.withdrawn !== undefined && version.withdrawn.date <= today;
}

/**
 * When the current page says an announced change was withdrawn: `notice_days` from the
 * day it was withdrawn, half-open like every notice window.
 */
export function withdrawalWindow(
  withdrawn: NonNullable<VersionRecord["withdrawn"]>,
  noticeDays: number,
): NoticeWindow {
  return { start: withdrawn.date, end: addDays(withdrawn.date, noticeDays) };
}

/** The version's last postponement, if it was ever postponed. */
export function lastPostponement(version: Pick<VersionRecord, "postponed">) {
  return version.postponed.at(-1);
}

/** "Postponed on December 1, 2026 from January 1, 2027 to February 1, 2027: reason." */
export function postponementSentence(
  move: VersionRecord["postponed"][number],
  to: CalendarDate,
): string {
  return `Postponed on ${formatLongDate(move.date)}: it was to take effect on ${formatLongDate(move.from)} and now takes effect on ${formatLongDate(to)}. ${move.reason}`;
}

/** "Withdrawn on December 1, 2026, before it took effect: reason." */
export function withdrawalSentence(withdrawn: NonNullable<VersionRecord["withdrawn"]>): string {
  return `Withdrawn on ${formatLongDate(withdrawn.date)}, before it took effect. ${withdrawn.reason}`;
}

/** What the rules across a policy's versions read of each. */
export type PlacedVersion = LifecycleVersion &
  Pick<VersionRecord, "policy" | "file" | "lines" | "title">;

/**
 * Problems across a policy's versions: a postponement whose old date is another version's
 * (the old URL must lead to one version only), and a policy whose every version is
 * withdrawn (it would have nothing to show).
 */
export function timelineProblems(versions: readonly PlacedVersion[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const byPolicy = new Map<string, PlacedVersion[]>();
  for (const version of versions) {
    byPolicy.set(version.policy, [...(byPolicy.get(version.policy) ?? []), version]);
  }
  for (const [policy, list] of byPolicy) {
    const files = new Map(list.map((version) => [version.effective, version.file]));
    const movedFrom = new Map<CalendarDate, string>();
    for (const version of list) {
      for (const move of version.postponed) {
        const clash = files.get(move.from) ?? movedFrom.get(move.from);
        if (clash) {
          problems.push({
            file: version.file,
            line: version.lines.postponed ?? 1,
            message: `postponed from ${move.from}, but ${clash} also ${files.has(move.from) ? "takes effect" : "was to take effect"} on that day: the old date's URL must lead to one version; check the dates`,
          });
        }
        movedFrom.set(move.from, version.file);
      }
    }
    const newest = list.reduce((a, b) => (a.effective > b.effective ? a : b));
    if (list.every((version) => version.withdrawn)) {
      problems.push({
        file: newest.file,
        line: newest.lines.withdrawn ?? 1,
        message: `every version of the policy "${policy}" is withdrawn: a policy needs a version to show; remove the folder if the policy was never published, or keep one version`,
      });
    }
  }
  return problems;
}
