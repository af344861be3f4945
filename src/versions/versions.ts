/**
 * The timeline of one policy: which version is in effect on a day, and what each
 * version's status is. A version is in effect from its effective date until the next
 * version's effective date.
 */
import { compareDates, type CalendarDate } from "../dates/index.ts";
import type { VersionRecord } from "../content/index.ts";

/** The least a version needs for the timeline rules. */
export type Dated = Pick<VersionRecord, "effective">;

export type VersionStatus =
  /** Was in effect from its effective date until `until`, when the next version took over. */
  | { kind: "past"; until: CalendarDate }
  /** In effect today; `until` is set when an upcoming version will replace it. */
  | { kind: "current"; until?: CalendarDate }
  /** Published ahead of its effective date. */
  | { kind: "upcoming" }
  /** Announced, then withdrawn on `date` before it took effect (src/lifecycle/): it never takes effect. */
  | { kind: "withdrawn"; date: CalendarDate; reason: string };

/** Versions in the order they take effect. */
export function byEffectiveDate<V extends Dated>(versions: readonly V[]): V[] {
  return [...versions].sort((a, b) => compareDates(a.effective, b.effective));
}

/** Each policy's versions in the order they take effect, by policy slug. */
export function versionsByPolicy<V extends Dated & { policy: string }>(
  versions: readonly V[],
): Map<string, V[]> {
  const byPolicy = new Map<string, V[]>();
  for (const version of versions) {
    const list = byPolicy.get(version.policy);
    if (list) list.push(version);
    else byPolicy.set(version.policy, [version]);
  }
  return new Map([...byPolicy].map(([policy, list]) => [policy, byEffectiveDate(list)]));
}

/** Index of the version in effect on `date` in `ordered`, or -1 before the first version. */
export function indexInEffectOn<V extends Dated>(
  ordered: readonly V[],
  date: CalendarDate,
): number {
  let found = -1;
  ordered.forEach((version, index) => {
    if (version.effective <= date) found = index;
  });
  return found;
}

/** The version in effect on `date`, or undefined when the policy did not exist yet. */
export function versionInEffectOn<V extends Dated>(
  ordered: readonly V[],
  date: CalendarDate,
): V | undefined {
  return ordered[indexInEffectOn(ordered, date)];
}

/** The status of `ordered[index]` as seen on `today`. */
export function versionStatus<V extends Dated>(
  ordered: readonly V[],
  index: number,
  today: CalendarDate,
): VersionStatus {
  const version = ordered[index];
  if (!version) throw new RangeError(`no version at index ${index}`);
  const next = ordered[index + 1];
  if (version.effective > today) return { kind: "upcoming" };
  if (next && next.effective <= today) return { kind: "past", until: next.effective };
  return next ? { kind: "current", until: next.effective } : { kind: "current" };
}
