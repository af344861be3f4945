/**
 * Atom feeds (RFC 4287) of the versions: `/feed.xml` for every policy, `/<policy>/feed.xml`
 * for one. One entry per published version (announced on or before today).
 *
 * Entry ids never change: `tag:<host>,<effective>:<policy>/<effective>` (RFC 4151) names
 * the version, not its URL or feed. Every timestamp comes from the content's dates (at
 * midnight in the site's time zone), never the clock, so a rebuild is byte-identical.
 */
import { formatLongDate, type CalendarDate } from "../dates/index.ts";
import { textChangeLabels, textChangeOf } from "../redline/redlines.ts";
import type { PolicyModel, SiteModel, VersionModel } from "../site/index.ts";
import { lastPostponement, postponementSentence, withdrawalSentence } from "../lifecycle/index.ts";
import {
  absoluteUrl,
  changesPath,
  feedPath,
  historyPath,
  localizedPolicy,
  translationOf,
  versionPath,
  versionPdfPath,
  versionSourcePath,
} from "../site/index.ts";
import { fill, formatDateIn, localizedPath, type SiteLanguage } from "../i18n/index.ts";

/**
 * The stable id of a version's entry, the same in every feed. A postponed version keeps
 * the id of the date it was first announced for, so feed readers update its entry.
 */
export function entryId(
  siteUrl: string,
  version: {
    policy: string;
    effective: CalendarDate;
    postponed?: readonly { from: CalendarDate }[];
  },
) {
  const named = version.postponed?.[0]?.from ?? version.effective;
  return `tag:${new URL(siteUrl).hostname},${named}:${version.policy}/${named}`;
}

/** `2026-11-16T00:00:00-08:00`: the start of `date` in `timeZone`, as RFC 3339. */
export function startOfDay(date: CalendarDate, timeZone: string): string {
  const offsetAt = (instant: number) => {
    const name =
      new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" })
        .formatToParts(instant)
        .find((part) => part.type === "timeZoneName")?.value ?? "GMT";
    const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
    return match ? (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
  };
  const utcMidnight = Date.parse(`${date}T00:00:00Z`);
  // The offset in force at local midnight: guess with UTC midnight's, then correct once.
  const offset = offsetAt(utcMidnight - offsetAt(utcMidnight) * 60_000);
  const sign = offset < 0 ? "-" : "+";
  const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, "0");
  const minutes = String(Math.abs(offset) % 60).padStart(2, "0");
  return `${date}T00:00:00${offset === 0 ? "Z" : `${sign}${hours}:${minutes}`}`;
}

/** The day an entry last changed: its announcement, latest correction, postponement or withdrawal. */
export function lastChanged(version: VersionModel): CalendarDate {
  const days = [
    version.announced,
    ...version.corrections.map((correction) => correction.date),
    ...version.postponed.map((move) => move.date),
    ...(version.status.kind === "withdrawn" ? [version.status.date] : []),
  ];
  return days.sort().at(-1) ?? version.announced;
}

/** The scheme of the feed category that says a version was withdrawn or postponed. */
export const LIFECYCLE_SCHEME = "urn:redline:lifecycle";

/** The scheme of the feed category that says a version's kind of text change. */
export const TEXT_CHANGE_SCHEME = "urn:redline:text-change";

/** What a reader is told about a version without a summary of its own. */
export function versionSummary(version: VersionModel): string {
  const { status } = version;
  const move = lastPostponement(version);
  const said = [
    ...(status.kind === "withdrawn" ? [withdrawalSentence(status)] : []),
    ...(move && status.kind !== "withdrawn" ? [postponementSentence(move, version.effective)] : []),
  ];
  const summary = changeSummary(version);
  return said.length > 0 ? `${said.join(" ")} The change announced: ${summary}` : summary;
}

function changeSummary(version: VersionModel): string {
  if (version.summary) return version.summary;
  if (!version.previous) return `First version of the ${version.title}.`;
  return version.material
    ? `Material change to the ${version.title}.`
    : "Editorial change: wording or presentation only; what the policy says is unchanged.";
}

/**
 * The Atom document of `policy`'s versions, or of every policy's. In a translation's
 * language (`/de/feed.xml`), the versions that have a translation, with its title, summary
 * and links in that language's tree.
 */
export function atomFeed(model: SiteModel, policy?: PolicyModel, language?: SiteLanguage): string {
  const { site } = model;
  const translated = language && !language.authoritative ? language : undefined;
  const sources = policy ? [policy] : model.policies;
  const policies = translated ? sources.map((each) => localizedPolicy(each, translated)) : sources;
  // The kind of text change is the authoritative text's, in every language.
  const sourceOf = new Map(
    sources.flatMap((each, index) =>
      each.versions.map((version, at) => [policies[index]?.versions[at] ?? version, version]),
    ),
  );
  const local = (path: string) => (translated ? localizedPath(translated, path) : path);
  const versions = policies
    .flatMap((each) => [...each.versions, ...each.withdrawn])
    .filter((version) => version.announced <= model.today)
    .filter(
      (version) => !translated || translationOf(sourceOf.get(version) ?? version, translated.tag),
    )
    .sort(
      (a, b) =>
        compare(lastChanged(b), lastChanged(a)) ||
        compare(b.effective, a.effective) ||
        compare(a.policy, b.policy),
    );
  const updated = versions.map(lastChanged).sort().at(-1) ?? model.today;
  const url = (path: string) => absoluteUrl(site.url, path);
  const title = policy
    ? `${site.organization} ${(policies[0] ?? policy).title}: versions`
    : `${site.organization} policies: versions`;

  const policyOf = new Map(sources.map((each) => [each.slug, each]));
  const entries = versions.map((version) => {
    const policyOfVersion = policyOf.get(version.policy);
    const source = sourceOf.get(version) ?? version;
    const textChange = policyOfVersion ? textChangeOf(policyOfVersion, source) : null;
    return element("entry", {}, [
      element(
        "id",
        {},
        translated
          ? entryId(site.url, {
              policy: `${translated.prefix.slice(1)}/${version.policy}`,
              effective: version.effective,
            })
          : entryId(site.url, version),
      ),
      element(
        "title",
        {},
        translated ? translatedEntryTitle(version, translated) : entryTitle(version),
      ),
      element("published", {}, startOfDay(version.announced, site.timezone)),
      element("updated", {}, startOfDay(lastChanged(version), site.timezone)),
      element("link", {
        rel: "alternate",
        type: "text/html",
        href: url(local(versionPath(version.policy, version.effective))),
      }),
      version.previous
        ? element("link", {
            rel: "related",
            type: "text/html",
            title: "What changed",
            href: url(local(changesPath(version.policy, version.effective))),
          })
        : "",
      element("link", {
        rel: "alternate",
        type: "text/markdown",
        href: url(local(versionSourcePath(version.policy, version.effective))),
      }),
      // The version printed to PDF (site.yml `pdf: true`): the authoritative text only.
      site.pdf
        ? element("link", {
            rel: "alternate",
            type: "application/pdf",
            ...(translated ? { hreflang: site.language } : {}),
            href: url(versionPdfPath(version.policy, version.effective)),
          })
        : "",
      element("category", {
        term: version.material ? "material" : "editorial",
        label: version.material ? "Material change" : "Editorial change",
      }),
      // Withdrawn before it took effect, or postponed to a later date (src/lifecycle/).
      version.status.kind === "withdrawn"
        ? element("category", { scheme: LIFECYCLE_SCHEME, term: "withdrawn", label: "Withdrawn" })
        : version.postponed.length > 0
          ? element("category", { scheme: LIFECYCLE_SCHEME, term: "postponed", label: "Postponed" })
          : "",
      // The kind of change its changes page gives (none, formatting, links, wording).
      textChange
        ? element("category", {
            scheme: TEXT_CHANGE_SCHEME,
            term: textChange,
            label: textChangeLabels[textChange],
          })
        : "",
      element("summary", { type: "text" }, versionSummary(version)),
    ]);
  });

  return (
    '<?xml version="1.0" encoding="utf-8"?>\n' +
    element("feed", { xmlns: "http://www.w3.org/2005/Atom", "xml:lang": language?.tag ?? "en" }, [
      element("id", {}, url(local(feedPath(policy?.slug)))),
      element("title", {}, title),
      element("updated", {}, startOfDay(updated, site.timezone)),
      element("link", {
        rel: "self",
        type: "application/atom+xml",
        href: url(local(feedPath(policy?.slug))),
      }),
      element("link", {
        rel: "alternate",
        type: "text/html",
        href: url(local(policy ? historyPath(policy.slug) : "/")),
      }),
      element("author", {}, [
        element("name", {}, site.organization),
        element("email", {}, site.email),
      ]),
      ...entries,
    ]) +
    "\n"
  );
}

function entryTitle(version: VersionModel): string {
  const kind = !version.previous
    ? "first version"
    : version.material
      ? "material change"
      : "editorial change";
  if (version.status.kind === "withdrawn") {
    return `${version.title}: ${kind} announced for ${formatLongDate(version.effective)}, withdrawn`;
  }
  const move = lastPostponement(version);
  const postponed = move ? ` (postponed from ${formatLongDate(move.from)})` : "";
  return `${version.title}: ${kind}, effective ${formatLongDate(version.effective)}${postponed}`;
}

/** An entry's title in a translation's language: "Datenschutzerklärung: Wesentlich, Gültig ab …". */
function translatedEntryTitle(version: VersionModel, language: SiteLanguage): string {
  const t = language.strings;
  const kind = !version.previous
    ? t.first_version
    : version.material
      ? t.material_change
      : t.editorial_change;
  const date = formatDateIn(language.tag, version.effective);
  return `${version.title}: ${kind}, ${fill(t.effective_on, { date })}`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Escapes text and attribute values: all five XML specials, and drops characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  return (
    text
      .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/'/g, "&apos;")
      // Kept as references so that indenting the document can never change a text.
      .replace(/\n/g, "&#10;")
      .replace(/\r/g, "&#13;")
  );
}

/** One element; `children` is escaped text or already-built elements. */
function element(
  name: string,
  attributes: Record<string, string>,
  children?: string | string[],
): string {
  const attrs = Object.entries(attributes)
    .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
    .join("");
  if (children === undefined) return `<${name}${attrs}/>`;
  const inner = Array.isArray(children)
    ? children
        .filter(Boolean)
        .map((child) => `\n${child}`.replace(/\n/g, "\n  "))
        .join("") + "\n"
    : escapeXml(children);
  return `<${name}${attrs}>${inner}</${name}>`;
}
