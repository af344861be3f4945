/**
 * Search over the policy text with Pagefind: what each version page tells the index
 * (filters and metadata), what the search page asks it (query, filters, from the URL),
 * and how an answer becomes a result a reader sees. Pure: the page script and the
 * templates call it, the tests check it without a browser.
 */
import { compareDates, isCalendarDate, type CalendarDate } from "../dates/index.ts";
// Leaf modules: the search page's script bundles this file.
import { formatDateIn } from "../i18n/format-date.ts";
import { counted, ENGLISH_SEARCH, fill, type SearchWords } from "../i18n/strings.ts";
import { versionPath } from "../site/index.ts";
import type { VersionStatus } from "../versions/index.ts";

/** The statuses a version can have in the search index (see `versionKey`). */
export const SEARCH_STATUSES = ["current", "archived", "upcoming"] as const;
export type SearchStatus = (typeof SEARCH_STATUSES)[number];

export function isSearchStatus(value: string | undefined): value is SearchStatus {
  return (SEARCH_STATUSES as readonly string[]).includes(value ?? "");
}

export function searchStatus(status: VersionStatus): SearchStatus {
  // A withdrawn version is never indexed (it is not in its policy's timeline).
  return status.kind === "past" || status.kind === "withdrawn" ? "archived" : status.kind;
}

/**
 * Where the build publishes its two search bundles (Pagefind's pagefind.js, WebAssembly
 * and index). The full one covers every version, with a `policy` filter. The
 * small one holds only the versions in effect today: Pagefind loads its index in chunks of
 * 20,000 word positions (about 20 KB), so a default search over 83 versions' worth of
 * chunks cost 20 KB per word that the one current version's text fits in whole.
 */
export const SEARCH_BUNDLES = {
  all: "/pagefind/",
  inEffect: "/pagefind/in-effect/",
} as const;

/** The bundle that answers `request`. */
export function searchBundle(request: Pick<SearchRequest, "all">): string {
  return request.all ? SEARCH_BUNDLES.all : SEARCH_BUNDLES.inEffect;
}

/** A version as a search record lists it (Pagefind filter `version`): `2026-03-17 current`. */
export function versionKey(effective: CalendarDate, status: SearchStatus): string {
  return `${effective} ${status}`;
}

/** The versions a record lists, newest first; values that are not version keys are left out. */
export function parseVersionKeys(
  values: readonly string[] | undefined,
): { effective: CalendarDate; status: SearchStatus }[] {
  const versions: { effective: CalendarDate; status: SearchStatus }[] = [];
  for (const value of values ?? []) {
    const [effective, status] = value.split(" ");
    if (isCalendarDate(effective) && isSearchStatus(status)) {
      versions.push({ effective, status });
    }
  }
  return versions.sort((a, b) => compareDates(b.effective, a.effective));
}

/** What the search page is asked, as kept in its URL: `/search/?q=…&all=1&policy=privacy`. */
export interface SearchRequest {
  query: string;
  /** Include past and upcoming versions, not only those in effect today. */
  all: boolean;
  /** Narrow to one policy (its slug); undefined for every policy. */
  policy: string | undefined;
}

export function parseSearchRequest(search: string | URLSearchParams): SearchRequest {
  const params = typeof search === "string" ? new URLSearchParams(search) : search;
  const policy = params.get("policy")?.trim();
  return {
    query: (params.get("q") ?? "").trim(),
    all: params.get("all") === "1",
    policy: policy ? policy : undefined,
  };
}

/** The query string for `request` (with its `?`, or "" when empty), for a shareable URL. */
export function searchRequestQueryString(request: SearchRequest): string {
  const params = new URLSearchParams();
  if (request.query) params.set("q", request.query);
  if (request.all) params.set("all", "1");
  if (request.policy) params.set("policy", request.policy);
  const text = params.toString();
  return text ? `?${text}` : "";
}

/**
 * Pagefind's `filters` option for `request`: the policy, if one is chosen. The scope is
 * not a filter: it picks the bundle (`searchBundle`).
 */
export function searchFilters(request: SearchRequest): Record<string, string> {
  return request.policy ? { policy: request.policy } : {};
}

/** The parts of Pagefind's result data the search page uses (see pagefind.app/docs/api/). */
export interface PagefindResultData {
  /** The record's URL: its section in the newest version that has it. */
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[] | undefined>;
}

/** A piece of an excerpt: plain text, or the words that matched the query. */
export interface ExcerptPart {
  text: string;
  matched: boolean;
}

/** One search result as the reader sees it. */
export interface SearchResult {
  /** The matching section in the version shown: its permanent URL and anchor. */
  url: string;
  policyTitle: string;
  /** The version shown: the one in effect if it has the text, or else the newest that has it. */
  effective: CalendarDate | undefined;
  status: SearchStatus | undefined;
  /** The heading of the section that matched; undefined for text before any heading. */
  section: string | undefined;
  /** How many other versions have the same section text word for word. */
  otherVersions: number;
  excerpt: ExcerptPart[];
}

/**
 * A record found by Pagefind as the reader sees it (see src/search/search-records.ts). A
 * record stands for a section text that several versions may share; the result shows the
 * version in effect when it is one of them, and otherwise the newest that has the text.
 */
export function toSearchResult(
  data: PagefindResultData,
  policyTitles: Readonly<Record<string, string>>,
  /** What the search page's language's paths start with: `/de` in a translation's tree. */
  prefix = "",
): SearchResult {
  const versions = parseVersionKeys(data.filters?.["version"]);
  const shown = versions.find((version) => version.status === "current") ?? versions[0];
  const policy = data.filters?.["policy"]?.[0];
  const anchor = new URL(data.url, "https://search.invalid/").hash;
  const url =
    shown && policy ? `${prefix}${versionPath(policy, shown.effective)}${anchor}` : data.url;
  return {
    url,
    policyTitle: (policy && policyTitles[policy]) ?? policy ?? "",
    effective: shown?.effective,
    status: shown?.status,
    section: anchor ? data.meta["title"] : undefined,
    otherVersions: Math.max(0, versions.length - 1),
    excerpt: excerptParts(data.excerpt),
  };
}

/**
 * The words of a query, for retrying it with fewer words when no section has them all.
 * A quoted phrase is searched as written, so it gives none.
 */
export function queryWords(query: string): string[] {
  if (query.includes('"')) return [];
  return query.split(/\s+/).filter(Boolean);
}

/**
 * Pagefind finds only sections that have every word of a query. When none has, the
 * search page asks for each word alone and retries with fewer words: as many as some
 * section has together, choosing among such sets of words the one that the most sections
 * have, then the one with the highest score. So "delete my data" drops "my", which few
 * sections share with the others, rather than "data". `matches[i]` is what Pagefind found
 * for `words[i]`. Returns the words kept, in query order; empty when no word matched.
 */
export function bestWordSubset(
  words: readonly string[],
  matches: readonly (readonly { id: string; score: number }[])[],
): string[] {
  const sections = new Map<string, { words: number[]; score: number }>();
  matches.forEach((results, index) => {
    for (const { id, score } of results) {
      const section = sections.get(id) ?? { words: [], score: 0 };
      if (!section.words.includes(index)) section.words.push(index);
      section.score += score;
      sections.set(id, section);
    }
  });
  const most = Math.max(0, ...[...sections.values()].map((section) => section.words.length));
  // With `most` the largest number of words any section has, a section has all of a set of
  // `most` words exactly when its own words are that set.
  const sets = new Map<string, { words: number[]; sections: number; score: number }>();
  for (const section of sections.values()) {
    if (section.words.length !== most) continue;
    const key = [...section.words].sort((a, b) => a - b).join(",");
    const set = sets.get(key) ?? { words: section.words, sections: 0, score: 0 };
    set.sections += 1;
    set.score += section.score;
    sets.set(key, set);
  }
  let best: { words: number[]; sections: number; score: number } | undefined;
  for (const set of sets.values()) {
    if (
      !best ||
      set.sections > best.sections ||
      (set.sections === best.sections && set.score > best.score)
    ) {
      best = set;
    }
  }
  return words.filter((_, index) => best?.words.includes(index));
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
};

/** Decodes the character references Pagefind writes in excerpts; unknown ones stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith("#")) {
      const code =
        name[1] === "x" || name[1] === "X"
          ? parseInt(name.slice(2), 16)
          : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff
        ? String.fromCodePoint(code)
        : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * Pagefind's excerpt (entity-encoded text with `<mark>` around matched words) as text
 * parts, so the page can show it with `textContent` and never parse it as HTML. Any tag
 * other than `<mark>` is dropped.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let matched = false;
  for (const piece of excerpt.split(/(<\/?mark>)/i)) {
    const tag = piece.toLowerCase();
    if (tag === "<mark>") matched = true;
    else if (tag === "</mark>") matched = false;
    else {
      const text = decodeEntities(piece.replace(/<[^>]*>/g, ""));
      if (!text) continue;
      const last = parts[parts.length - 1];
      if (last && last.matched === matched) last.text += text;
      else parts.push({ text, matched });
    }
  }
  return parts;
}

/**
 * What versions outside the default scope have, for a query the versions in effect do
 * not: how many of the results found over every version are in an upcoming version, and
 * how many in a past one (a text shared by both counts for each).
 */
export function otherVersionCounts(records: readonly Pick<PagefindResultData, "filters">[]): {
  upcoming: number;
  archived: number;
} {
  let upcoming = 0;
  let archived = 0;
  for (const record of records) {
    const statuses = new Set(parseVersionKeys(record.filters?.["version"]).map((v) => v.status));
    if (statuses.has("upcoming")) upcoming += 1;
    if (statuses.has("archived")) archived += 1;
  }
  return { upcoming, archived };
}

/** "1 result", "no results": a count as the search page says it. */
export function resultCount(count: number, words: SearchWords = ENGLISH_SEARCH): string {
  const t = words.strings;
  return count === 0 ? t.search_no_results : counted(t.search_results, count, words.tag);
}

/**
 * When a result's version was in effect, from the version's effective date and its last
 * day (undefined for the newest): "Effective March 15, 2014 to December 15, 2026".
 */
export function resultDates(
  status: SearchStatus,
  effective: CalendarDate,
  lastDay: CalendarDate | undefined,
  words: SearchWords = ENGLISH_SEARCH,
): string {
  const t = words.strings;
  const date = (day: CalendarDate) => formatDateIn(words.tag, day);
  if (status === "upcoming") return fill(t.search_result_upcoming, { date: date(effective) });
  if (status === "archived" && lastDay) {
    return fill(t.search_result_past, { from: date(effective), to: date(lastDay) });
  }
  return fill(t.search_result_current, { date: date(effective) });
}

/** Results over several versions are listed by version: in effect, then upcoming, then past. */
const STATUS_ORDER: Record<SearchStatus, number> = { current: 0, upcoming: 1, archived: 2 };

/**
 * The order of results over every version: the version in effect first, then upcoming
 * versions, then past ones newest first; Pagefind's relevance order within one version
 * (the sort is stable). So a reader sees a timeline, not dates jumping back and forth.
 */
export function byVersion(
  a: Pick<SearchResult, "status" | "effective">,
  b: Pick<SearchResult, "status" | "effective">,
): number {
  const rank = (result: Pick<SearchResult, "status">) =>
    result.status ? STATUS_ORDER[result.status] : 3;
  return (
    rank(a) - rank(b) || (a.effective && b.effective ? compareDates(b.effective, a.effective) : 0)
  );
}

/** Above this many results, ordering them by version would load too many of them: relevance stays. */
export const MAX_RESULTS_ORDERED_BY_VERSION = 100;
