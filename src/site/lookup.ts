/**
 * "In effect on a date": which version of a policy was (or will be) in effect on a day.
 * The page `/<policy>/on/` embeds the timeline and runs `lookupDate` in the browser, so
 * this module is kept free of Node APIs.
 */
import { addDays, formatLongDate, isCalendarDate, type CalendarDate } from "../dates/index.ts";
import type { PolicyModel } from "./site-model.ts";
import { versionPath } from "./urls.ts";
import { versionInEffectOn } from "../versions/index.ts";

/** What the page needs to answer: each version's effective date and the next one's. */
export interface LookupTimeline {
  title: string;
  /** `lastDay` is the day before the next version took effect; undefined for the newest. */
  versions: { effective: CalendarDate; lastDay: CalendarDate | undefined; path: string }[];
}

export function lookupTimeline(policy: PolicyModel): LookupTimeline {
  return {
    title: policy.title,
    versions: policy.versions.map((version) => ({
      effective: version.effective,
      lastDay: version.next ? addDays(version.next, -1) : undefined,
      path: versionPath(version.policy, version.effective),
    })),
  };
}

export type LookupAnswer =
  | { kind: "version"; effective: CalendarDate; path: string }
  | { kind: "before-first" | "not-a-date"; message: string };

/** The version in effect on `date` (as typed in the URL), or why there is none. */
export function lookupDate(timeline: LookupTimeline, date: string): LookupAnswer {
  const day = date.trim();
  if (!isCalendarDate(day)) {
    return {
      kind: "not-a-date",
      message: `"${date}" is not a date: write it YYYY-MM-DD, for example 2020-01-31.`,
    };
  }
  const version = versionInEffectOn(timeline.versions, day);
  const first = timeline.versions[0];
  if (!version) {
    return {
      kind: "before-first",
      message: first
        ? `The ${timeline.title} did not exist yet on ${formatLongDate(day)}: its first version took effect on ${formatLongDate(first.effective)}.`
        : `The ${timeline.title} has no versions.`,
    };
  }
  return { kind: "version", effective: version.effective, path: version.path };
}
