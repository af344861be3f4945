/**
 * The site's permanent URLs. They are cited in legal correspondence and none may ever
 * change: the route files under src/pages/ publish them, and every link to one is built
 * here and only here.
 */
import type { CalendarDate } from "../dates/index.ts";

/** The version in effect today. */
export const policyPath = (policy: string) => `/${policy}/`;
/** One version, forever. */
export const versionPath = (policy: string, effective: CalendarDate) => `/${policy}/${effective}/`;
/** The version's Markdown source, byte for byte. */
export const versionSourcePath = (policy: string, effective: CalendarDate) =>
  `/${policy}/${effective}.md`;
/** The version printed to PDF by the build, when site.yml says `pdf: true` (src/pdf/). */
export const versionPdfPath = (policy: string, effective: CalendarDate) =>
  `/${policy}/${effective}.pdf`;
/**
 * The page the PDF is printed from: the version's text and the facts that identify it,
 * nothing that depends on the day of the build (status, notices), so that the same
 * content prints the same PDF.
 */
export const versionPrintPath = (policy: string, effective: CalendarDate) =>
  `/${policy}/${effective}/print/`;
/** Every version, newest first. */
export const historyPath = (policy: string) => `/${policy}/history/`;
/** What "material", "editorial", "announced", "effective" and "in effect" mean: on the history page. */
export const glossaryPath = (policy: string) => `/${policy}/history/#glossary`;
/** The redline of a version against the one before it. */
export const changesPath = (policy: string, effective: CalendarDate) =>
  `/${policy}/changes/${effective}/`;
/** Compare any two versions (in the browser). */
export const comparePath = (policy: string, from?: CalendarDate, to?: CalendarDate) =>
  from && to ? `/${policy}/compare/?from=${from}&to=${to}` : `/${policy}/compare/`;
/** One version read into redline blocks (packed JSON), fetched by the compare page. */
export const compareDataPath = (policy: string, effective: CalendarDate) =>
  `/${policy}/compare/${effective}.json`;
/** The version in effect on a day (the answer is worked out in the browser). */
export const inEffectOnPath = (policy: string, date?: string) =>
  date ? `/${policy}/on/?date=${encodeURIComponent(date)}` : `/${policy}/on/`;
/** The Atom feed of every policy, or of one. */
export const feedPath = (policy?: string) => (policy ? `/${policy}/feed.xml` : "/feed.xml");
/** Every policy and its versions as JSON (src/outputs/api.ts). */
export const policiesApiPath = () => "/api/policies.json";
/** One policy and its versions as JSON (src/outputs/api.ts). */
export const policyApiPath = (policy: string) => `/api/${policy}.json`;
export const searchPath = (query?: string) =>
  query ? `/search/?q=${encodeURIComponent(query)}` : "/search/";

/** `path` on the public site, e.g. for canonical links, feeds and the footer include. */
export function absoluteUrl(siteUrl: string, path: string): string {
  return new URL(path, `${siteUrl.replace(/\/+$/, "")}/`).href;
}

/** The link relation a policy answers to, where HTML defines one. */
export function policyLinkRelation(
  policy: string,
): "privacy-policy" | "terms-of-service" | undefined {
  if (/^privacy\b/.test(policy)) return "privacy-policy";
  if (/^(terms|tos)\b/.test(policy)) return "terms-of-service";
  return undefined;
}
