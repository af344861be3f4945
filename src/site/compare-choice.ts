/**
 * What the compare page compares, from the two dates in its URL (or its selects). A
 * redline read the wrong way round says the opposite of what happened, and a date that
 * names no version must not quietly become another comparison: both are said in words.
 * Browser-safe: no Node API.
 */
import { isCalendarDate, type CalendarDate } from "../dates/index.ts";
// Leaf modules: the compare page's script bundles this file.
import { formatDateIn } from "../i18n/format-date.ts";
import { ENGLISH_COMPARE, fill, type CompareWords } from "../i18n/strings.ts";

export type CompareChoice =
  /** Compare `from` (the older) with `to`; `swapped` when they were asked the other way round. */
  | { kind: "compare"; from: CalendarDate; to: CalendarDate; swapped: boolean }
  | { kind: "same"; date: CalendarDate }
  /** A date that is no version's: nothing is compared, and `message` names the nearest versions. */
  | { kind: "unknown"; date: string; message: string };

/**
 * `effective`: the policy's versions' effective dates, oldest first. `from` and `to` as
 * asked; both must be given.
 */
export function compareChoice(
  effective: readonly CalendarDate[],
  from: string,
  to: string,
  words: CompareWords = ENGLISH_COMPARE,
): CompareChoice {
  for (const asked of [from, to]) {
    if (!effective.includes(asked as CalendarDate)) {
      return { kind: "unknown", date: asked, message: unknownDateMessage(effective, asked, words) };
    }
  }
  const [a, b] = [from as CalendarDate, to as CalendarDate];
  if (a === b) return { kind: "same", date: a };
  return a < b
    ? { kind: "compare", from: a, to: b, swapped: false }
    : { kind: "compare", from: b, to: a, swapped: true };
}

/** "No version took effect on June 1, 2023: the nearest are those of August 1, 2022 and February 1, 2024." */
export function unknownDateMessage(
  effective: readonly CalendarDate[],
  asked: string,
  words: CompareWords = ENGLISH_COMPARE,
): string {
  const t = words.strings;
  if (!isCalendarDate(asked)) return fill(t.compare_not_a_date, { date: asked });
  const before = effective.filter((date) => date < asked).at(-1);
  const after = effective.find((date) => date > asked);
  const [first, second] = [before, after]
    .filter((date): date is CalendarDate => date !== undefined)
    .map((date) => formatDateIn(words.tag, date));
  const nearest =
    first === undefined
      ? t.compare_no_versions
      : fill(second === undefined ? t.compare_nearest_one : t.compare_nearest_two, {
          first,
          second: second ?? "",
        });
  return fill(t.compare_unknown_date, { date: formatDateIn(words.tag, asked), nearest });
}

/** The note shown when the dates were asked the other way round and have been put in order. */
export function swappedNote(
  from: CalendarDate,
  to: CalendarDate,
  words: CompareWords = ENGLISH_COMPARE,
): string {
  return fill(words.strings.compare_swapped, {
    from: formatDateIn(words.tag, from),
    to: formatDateIn(words.tag, to),
  });
}

/** Versions grouped by the year they took effect, newest year first, for the version menus. */
export function byYear<V extends { effective: CalendarDate }>(
  newestFirst: readonly V[],
): { year: string; versions: V[] }[] {
  const groups: { year: string; versions: V[] }[] = [];
  for (const version of newestFirst) {
    const year = version.effective.slice(0, 4);
    const last = groups[groups.length - 1];
    if (last?.year === year) last.versions.push(version);
    else groups.push({ year, versions: [version] });
  }
  return groups;
}
