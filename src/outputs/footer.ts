/**
 * The footer include for related sites: "this policy appears in the footer of the page".
 *
 * One set of data (footerData, published as footer.json) rendered three ways: an HTML
 * fragment to include at the host's build, a script that a host adds with one tag, and
 * the JSON itself. All three must stay honest (a running change notice is marked), safe
 * to drop into someone else's page (every text escaped, no inline script or style, no
 * tracking parameter) and small.
 */
import type { Element, ElementContent, Root } from "hast";
import { toHtml } from "hast-util-to-html";
import { UsageError } from "../content/index.ts";
import { formatLongDate, type CalendarDate } from "../dates/index.ts";
import type { SiteConfig } from "../content/index.ts";
import type { SiteModel, VersionModel } from "../site/index.ts";
import {
  absoluteUrl,
  localizedPolicy,
  policyLinkRelation,
  policyPath,
  versionPath,
} from "../site/index.ts";
import { formatDateIn, localizedPath, textDirection, type SiteLanguage } from "../i18n/index.ts";
import { inlineJson } from "./inline-json.ts";
import { policyReceipts, type Receipts } from "./receipt.ts";
import { lastPostponement } from "../lifecycle/index.ts";

export const FOOTER_FORMATS = ["html", "js", "json"] as const;
export type FooterFormat = (typeof FOOTER_FORMATS)[number];

/** Every class the include uses starts with this, so it cannot clash with the host's. */
export const FOOTER_CLASS = "redline-footer";

/** One version from the one in effect onward, so a reader's clock can move past the build. */
export interface FooterScheduleEntry {
  effective: CalendarDate;
  title: string;
  /** Its change notice, shown on the days [start, end); null for an editorial version. */
  notice: { start: CalendarDate; end: CalendarDate } | null;
}

export interface FooterPolicy {
  slug: string;
  /** Title of the version in effect. */
  title: string;
  /** Absolute URL of the policy in effect: the link to put in the footer. */
  url: string;
  /** `rel` value for the link, where HTML defines one. */
  rel: "privacy-policy" | "terms-of-service" | null;
  /** Effective date of the version in effect; null while every version is still upcoming. */
  effective: CalendarDate | null;
  /** The change notice running on `asOf`: mark the link "Updated" while it is set. */
  notice: {
    /** `upcoming` before the new version takes effect, `in-effect` from that day. */
    phase: "upcoming" | "in-effect";
    effective: CalendarDate;
    /** First day the notice is shown. */
    start: CalendarDate;
    /** First day it is no longer shown. */
    end: CalendarDate;
    /** Absolute URL of the new version. */
    url: string;
    summary: string | null;
    /** The effective date it was announced for before its last postponement; null if never postponed. */
    postponedFrom: CalendarDate | null;
  } | null;
  /**
   * An announced change withdrawn before it took effect, for `notice_days` from its
   * withdrawal (`[date, end)`); null otherwise.
   */
  withdrawal: {
    /** The day the withdrawn version was to take effect. */
    effective: CalendarDate;
    /** The day it was withdrawn. */
    date: CalendarDate;
    end: CalendarDate;
    reason: string;
    /** Absolute URL of the withdrawn version's page, which says so. */
    url: string;
  } | null;
  /**
   * What to store when a user accepts the policy: receipts of the version in effect and of
   * the next one (src/outputs/receipt.ts; JSON Schema at /api/receipt.schema.json).
   */
  receipts: Receipts;
  /** The version in effect on `asOf` and every later one, oldest first. */
  schedule: FooterScheduleEntry[];
}

/** What footer.json holds; the other two formats are rendered from it. */
export interface FooterData {
  organization: string;
  /** The policy site's public URL. */
  site: string;
  /** Time zone in which the dates are calendar days. */
  timezone: string;
  /** The day this data describes (the build's "today"). */
  asOf: CalendarDate;
  /** First later day on which it changes (a version takes effect, a notice starts or ends). */
  nextChange: CalendarDate | null;
  /**
   * A translation's footer (`footer.de.json`): its language, and the words of the notice
   * mark before the date ("Aktualisiert, gültig ab "). Absent from the authoritative footer.
   */
  language?: string;
  updatedLabel?: string;
  policies: FooterPolicy[];
}

/**
 * The footer's data, in the authoritative language or a translation's (`language`): the
 * links then lead to that language's pages, with its titles and summaries where the
 * version in effect is translated.
 */
export function footerData(model: SiteModel, language?: SiteLanguage): FooterData {
  const { site } = model;
  const translated = language && !language.authoritative ? language : undefined;
  const url = (path: string) =>
    absoluteUrl(site.url, translated ? localizedPath(translated, path) : path);
  const policies = model.policies.map((source): FooterPolicy => {
    const policy = translated ? localizedPolicy(source, translated) : source;
    const { current, notice, withdrawal } = policy;
    const from = current ? policy.versions.indexOf(current) : 0;
    return {
      slug: policy.slug,
      title: policy.title,
      url: url(policyPath(policy.slug)),
      rel: policyLinkRelation(policy.slug) ?? null,
      effective: current?.effective ?? null,
      notice: notice
        ? {
            phase: notice.phase,
            effective: notice.version.effective,
            start: notice.window.start,
            end: notice.window.end,
            url: url(versionPath(policy.slug, notice.version.effective)),
            summary: notice.version.summary ?? null,
            postponedFrom: lastPostponement(notice.version)?.from ?? null,
          }
        : null,
      withdrawal: withdrawal?.version.withdrawn
        ? {
            effective: withdrawal.version.effective,
            date: withdrawal.window.start,
            end: withdrawal.window.end,
            reason: withdrawal.version.withdrawn.reason,
            url: url(versionPath(policy.slug, withdrawal.version.effective)),
          }
        : null,
      receipts: policyReceipts(site.url, source, site.language),
      schedule: policy.versions.slice(from).map(scheduleEntry),
    };
  });
  return {
    organization: site.organization,
    site: site.url,
    timezone: site.timezone,
    asOf: model.today,
    nextChange: model.nextRebuild ?? null,
    ...(translated
      ? { language: translated.tag, updatedLabel: footerUpdatedLabel(translated) }
      : {}),
    policies,
  };
}

/** "Updated, effective " in `language`: the interface string up to its date. */
function footerUpdatedLabel(language: SiteLanguage): string {
  return language.strings.footer_updated.split("{date}")[0] ?? "";
}

/** The long date a footer shows, in its language. */
const footerDate = (data: Pick<FooterData, "language">, date: CalendarDate) =>
  data.language ? formatDateIn(data.language, date) : formatLongDate(date);

function scheduleEntry(version: VersionModel): FooterScheduleEntry {
  const window = version.noticeWindow;
  return {
    effective: version.effective,
    title: version.title,
    notice: window ? { start: window.start, end: window.end } : null,
  };
}

/** footer.json: the data, for sites that render the footer themselves. */
export function renderFooterJson(data: FooterData): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

/**
 * footer.html: a fragment with one link per policy. Built as a hast tree and serialized,
 * so every title and URL is escaped by construction.
 */
export function renderFooterHtml(data: FooterData): string {
  const element = (
    tagName: string,
    properties: Element["properties"],
    children: ElementContent[],
  ): Element => ({ type: "element", tagName, properties, children });
  const text = (value: string): ElementContent => ({ type: "text", value });

  const items = data.policies.map((policy) => {
    const link = element(
      "a",
      {
        className: [`${FOOTER_CLASS}__link`],
        href: policy.url,
        ...(policy.rel ? { rel: [policy.rel] } : {}),
      },
      [text(policy.title)],
    );
    const { notice, withdrawal } = policy;
    const date = (day: CalendarDate) =>
      element("time", { dateTime: day }, [text(footerDate(data, day))]);
    const mark = notice
      ? [
          text(" "),
          element("span", { className: [`${FOOTER_CLASS}__notice`] }, [
            text(data.updatedLabel ?? "Updated, effective "),
            date(notice.effective),
            ...(notice.postponedFrom
              ? [text(" (postponed from "), date(notice.postponedFrom), text(")")]
              : []),
          ]),
        ]
      : withdrawal
        ? [
            text(" "),
            element("span", { className: [`${FOOTER_CLASS}__notice`] }, [
              text(WITHDRAWAL_WORDS[0]),
              date(withdrawal.effective),
              text(WITHDRAWAL_WORDS[1]),
            ]),
          ]
        : [];
    return element("li", { className: [`${FOOTER_CLASS}__item`] }, [link, ...mark]);
  });

  const list = element(
    "ul",
    { className: [FOOTER_CLASS] },
    items.flatMap((item) => [text("\n  "), item]).concat(text("\n")),
  );
  if (data.language) {
    list.properties["lang"] = data.language;
    if (textDirection(data.language) === "rtl") list.properties["dir"] = "rtl";
  }
  const tree: Root = {
    type: "root",
    children: [
      {
        type: "comment",
        // Says when a copy included at a host's build goes out of date.
        value: ` Redline policy footer as of ${data.asOf}${
          data.nextChange ? `; refresh this copy on ${data.nextChange}` : ""
        } `,
      },
      text("\n"),
      list,
      text("\n"),
    ],
  };
  return toHtml(tree);
}

/**
 * A mark the script puts after a policy's link while the reader's day is in [start, end):
 * the words before the date, the `<time>` element's `datetime` and text, the words after.
 * A change notice ("Updated, effective <date>") and a withdrawal ("The change announced
 * for <date> was withdrawn") are both marks, so the script has one way to show either.
 */
export type FooterScriptMark = [
  start: CalendarDate,
  end: CalendarDate,
  before: string,
  datetime: CalendarDate,
  date: string,
  after: string,
];

/** What the script needs of the data: no more, because every byte is sent to each reader. */
export interface FooterScriptData {
  asOf: CalendarDate;
  timezone: string;
  policies: {
    url: string;
    rel: string | null;
    /** The version in effect on `asOf` and every later one, oldest first: the link's title. */
    schedule: { effective: CalendarDate; title: string }[];
    /**
     * Its marks, of which the script shows the last one running on the reader's day: the
     * withdrawal first, then each version's notice oldest first, so that a running notice
     * wins, and the latest-effective one, as on footer.html and the policy site.
     */
    marks: FooterScriptMark[];
  }[];
}

export function footerScriptData(data: FooterData): FooterScriptData {
  // The notice mark's words, as footer.html says them.
  const updated: [before: string, after: string] = [data.updatedLabel ?? "Updated, effective ", ""];
  const mark = (
    window: { start: CalendarDate; end: CalendarDate },
    words: [before: string, after: string],
    effective: CalendarDate,
  ): FooterScriptMark => [
    window.start,
    window.end,
    words[0],
    effective,
    footerDate(data, effective),
    words[1],
  ];
  return {
    asOf: data.asOf,
    timezone: data.timezone,
    policies: data.policies.map(({ url, rel, schedule, withdrawal }) => ({
      url,
      rel,
      schedule: schedule.map(({ effective, title }) => ({ effective, title })),
      marks: [
        ...(withdrawal
          ? [
              mark(
                { start: withdrawal.date, end: withdrawal.end },
                WITHDRAWAL_WORDS,
                withdrawal.effective,
              ),
            ]
          : []),
        ...schedule.flatMap(({ notice, effective }) =>
          notice ? [mark(notice, updated, effective)] : [],
        ),
      ],
    })),
  };
}

/** The withdrawal mark's words around its date (English, as footer.html says it). */
const WITHDRAWAL_WORDS: [before: string, after: string] = [
  "The change announced for ",
  " was withdrawn",
];

/** The identifier in src/embed/footer-client.ts that the data replaces. */
const DATA_PLACEHOLDER = "REDLINE_FOOTER_DATA";

/**
 * footer.js: the client script, bundled and minified (`clientCode`, from
 * bundleFooterClient in footer-script.ts), with the data inlined as a literal.
 */
export function renderFooterScript(data: FooterData, clientCode: string): string {
  const parts = clientCode.split(DATA_PLACEHOLDER);
  if (parts.length !== 2) {
    throw new Error(`the footer script must use ${DATA_PLACEHOLDER} exactly once`);
  }
  return parts.join(inlineJson(footerScriptData(data)));
}

/**
 * Checks that `host` ("www.example.com", or a URL) is one of the related sites in
 * site.yml, and returns it; otherwise a UsageError naming the known ones.
 */
export function checkRelatedSite(
  site: SiteConfig,
  host: string,
  /** site.yml as messages name it: the file of the content folder the command was given. */
  siteFile = "content/site.yml",
): SiteConfig["related_sites"][number] {
  const wanted = hostOf(host);
  const known = site.related_sites.map((related) => ({ related, host: hostOf(related.url) }));
  const match = known.find((entry) => entry.host === wanted);
  if (match) return match.related;
  throw new UsageError(
    known.length === 0
      ? `--site ${host}: ${siteFile} lists no related_sites; add the site there first`
      : `--site ${host} is not one of the related sites in ${siteFile}: ${known
          .map((entry) => entry.host)
          .join(", ")}`,
  );
}

/** The language `tag` names (`--lang de`), which must be one of the site's; otherwise a UsageError. */
export function footerLanguage(
  model: Pick<SiteModel, "languages" | "siteSource">,
  tag: string,
): SiteLanguage {
  const language = model.languages.find(
    (candidate) => candidate.tag.toLowerCase() === tag.trim().toLowerCase(),
  );
  if (language) return language;
  throw new UsageError(
    `--lang ${tag} is not one of the site's languages in ${model.siteSource?.file ?? "content/site.yml"}: ${model.languages
      .map((candidate) => candidate.tag)
      .join(", ")}`,
  );
}

function hostOf(value: string): string {
  const trimmed = value.trim().toLowerCase();
  try {
    return new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(trimmed) ? trimmed : `https://${trimmed}`).host;
  } catch {
    return trimmed;
  }
}

export function renderFooter(data: FooterData, format: FooterFormat, clientCode: string): string {
  switch (format) {
    case "html":
      return renderFooterHtml(data);
    case "json":
      return renderFooterJson(data);
    case "js":
      return renderFooterScript(data, clientCode);
  }
}
