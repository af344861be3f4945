/**
 * What the lock accepts of a withdrawn or postponed version (src/lifecycle/), beside
 * corrections: the lines of lock.ts's rule that are about moves and withdrawals.
 */
import type { CalendarDate } from "../dates/index.ts";
import type { LockableVersion, LockEntry } from "./lock.ts";

/** A recorded version whose file moved: the version now holding it, the move and its new date. */
export interface LockedMove {
  version: LockableVersion;
  move: LockableVersion["postponed"][number];
  /** The date this postponement moved it to (a later postponement may have moved it again). */
  to: CalendarDate;
}

/** The postponement that moved `entry`'s version away from its recorded date, if one did. */
export function movedFrom(
  versions: readonly LockableVersion[],
  entry: Pick<LockEntry, "policy" | "effective">,
): LockedMove | undefined {
  for (const version of versions) {
    if (version.policy !== entry.policy) continue;
    const index = version.postponed.findIndex((move) => move.from === entry.effective);
    const move = version.postponed[index];
    if (move) {
      return { version, move, to: version.postponed[index + 1]?.from ?? version.effective };
    }
  }
  return undefined;
}

/** Whether `version` was postponed from a date the lock records: its announcement is proved there. */
export function movedFromLocked(version: LockableVersion, locked: ReadonlySet<string>): boolean {
  return version.postponed.some((move) => locked.has(`${version.policy}/${move.from}.md`));
}
