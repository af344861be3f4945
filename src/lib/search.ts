/**
 * Search over the policy text with Pagefind: what each version page tells the index
 * (filters and metadata), what the search page asks it (query, filters, from the URL),
 * and how an answer becomes a result a reader sees. Pure: the page script and the
 * templates call it, the tests check it without a browser.
 */
import { isCalendarDate, type CalendarDate } from "./dates.ts";
import type { VersionStatus } from "./versions.ts";

/** A version's status as the search index knows it (Pagefind filter `status`). */
export type SearchStatus = "current" | "archived" | "upcoming";

/** The version statuses a default search covers: what applies to the reader today. */
export const DEFAULT_STATUSES: readonly SearchStatus[] = ["current"];

export function searchStatus(status: VersionStatus): SearchStatus {
  return status.kind === "past" ? "archived" : status.kind;
}

/**
 * The `data-*` attributes that tell Pagefind a version page's filters (policy, status,
 * effective date) and its title, read from attributes so nothing extra is shown.
 *
 * Pagefind searches metadata as if it were text, so only the title is metadata: a
 * status or a date there would make "upcoming" or "2026" match pages whose policy text
 * does not say it. Filters are not searched, and each result carries its filter values.
 */
export function versionSearchAttributes(version: {
  policy: string;
  title: string;
  effective: CalendarDate;
  status: VersionStatus;
}): Record<string, string> {
  return {
    "data-pagefind-filter":
      "policy[data-search-policy], status[data-search-status], effective[data-search-effective]",
    "data-pagefind-meta": "title[data-search-title]",
    "data-search-policy": version.policy,
    "data-search-title": version.title,
    "data-search-effective": version.effective,
    "data-search-status": searchStatus(version.status),
  };
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

/** Pagefind's `filters` option for `request`. */
export function searchFilters(request: SearchRequest): Record<string, string | string[]> {
  const filters: Record<string, string | string[]> = {};
  if (!request.all) filters["status"] = [...DEFAULT_STATUSES];
  if (request.policy) filters["policy"] = request.policy;
  return filters;
}

/** The parts of Pagefind's result data the search page uses (see pagefind.app/docs/api/). */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { element: string; id: string; text?: string };
}
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[] | undefined>;
  sub_results?: PagefindSubResult[];
}

/** A piece of an excerpt: plain text, or the words that matched the query. */
export interface ExcerptPart {
  text: string;
  matched: boolean;
}

/** One search result as the reader sees it. */
export interface SearchResult {
  /** Where the link goes: the matching section of the version page when there is one. */
  url: string;
  policyTitle: string;
  effective: CalendarDate | undefined;
  status: SearchStatus | undefined;
  /** The heading of the section that matched, when the match is in a section. */
  section: string | undefined;
  excerpt: ExcerptPart[];
}

const STATUSES = new Set<string>(["current", "archived", "upcoming"]);

/**
 * A Pagefind result as the reader sees it: the version, and the section that matched
 * best (Pagefind lists the sections with the most hits first).
 */
export function toSearchResult(data: PagefindResultData): SearchResult {
  const section = data.sub_results?.find((sub) => sub.anchor) ?? data.sub_results?.[0];
  const effective = data.filters?.["effective"]?.[0];
  const status = data.filters?.["status"]?.[0];
  return {
    url: section?.url ?? data.url,
    policyTitle: data.meta["title"] ?? "",
    effective: isCalendarDate(effective) ? effective : undefined,
    status: status && STATUSES.has(status) ? (status as SearchStatus) : undefined,
    section: section?.anchor ? section.title : undefined,
    excerpt: excerptParts(section?.excerpt ?? data.excerpt),
  };
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
