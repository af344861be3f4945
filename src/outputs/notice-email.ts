/**
 * The notice e-mail of a material change, written by the build to
 * `dist/notices/<policy>/<YYYY-MM-DD>.txt` and `.html` for the company's mailing tool:
 * the summary, the dates, and links to the redline and the new version.
 */
import type { CalendarDate } from "../dates/index.ts";
import { lastPostponement } from "../lifecycle/index.ts";
import {
  fill,
  formatDateIn,
  languageName,
  localizedPath,
  type SiteLanguage,
} from "../i18n/index.ts";
import { textChangeLabels, textChangeOf } from "../redline/redlines.ts";
import type { PolicyModel, SiteModel, VersionModel } from "../site/index.ts";
import { absoluteUrl, changesPath, siteLanguage, versionPath } from "../site/index.ts";

/**
 * The versions that get a notice e-mail: material changes to an existing policy, withdrawn
 * ones included (their e-mail says the change was withdrawn).
 */
export function noticeVersions(policy: PolicyModel): VersionModel[] {
  return [...policy.versions, ...policy.withdrawn].filter(
    (version) => version.material && version.previous !== undefined,
  );
}

/**
 * Each e-mail's file names (without extension): the version's effective date, and the
 * old dates of a postponed version, whose e-mail says it was postponed.
 */
export function noticeEmailNames(version: VersionModel): CalendarDate[] {
  return [version.effective, ...version.postponed.map((move) => move.from)];
}

/** What the e-mail says first: a withdrawal or a postponement changes the news. */
function emailNews(model: SiteModel, version: VersionModel, language: SiteLanguage) {
  const { site } = model;
  const t = language.strings;
  const title = version.title;
  const date = (day: CalendarDate) => formatDateIn(language.tag, day);
  const effective = date(version.effective);
  const announced = date(version.announced);
  const { organization } = site;
  const { status } = version;
  if (status.kind === "withdrawn") {
    return {
      subject: fill(t.email_withdrawn_subject, { organization, title, date: effective }),
      intro: fill(t.email_withdrawn_intro, {
        announced,
        title,
        date: effective,
        withdrawn: date(status.date),
      }),
      why: { heading: t.email_withdrawn_why, text: status.reason },
      summaryHeading: t.email_withdrawn_summary,
    };
  }
  const move = lastPostponement(version);
  if (move) {
    return {
      subject: fill(t.email_postponed_subject, { organization, title, date: effective }),
      intro: fill(t.email_postponed_intro, {
        title,
        from: date(move.from),
        postponed: date(move.date),
        date: effective,
        announced,
      }),
      why: { heading: t.email_postponed_why, text: move.reason },
      summaryHeading: t.notice_what_changes,
    };
  }
  return {
    subject: fill(t.email_subject, { organization, title, date: effective }),
    intro: fill(t.email_intro, { title, date: effective, announced }),
    why: undefined,
    summaryHeading: t.notice_what_changes,
  };
}

export interface NoticeEmail {
  subject: string;
  text: string;
  html: string;
}

/**
 * The notice e-mail of `version`, in the authoritative language or, for a translation's
 * (`language`, the translated version of `version`'s text), in that language, with links
 * into its tree and the sentence saying which language prevails.
 */
export function noticeEmail(
  model: SiteModel,
  version: VersionModel,
  language: SiteLanguage = siteLanguage(model),
): NoticeEmail {
  const { site } = model;
  const t = language.strings;
  const local = (path: string) => absoluteUrl(site.url, localizedPath(language, path));
  const changes = local(changesPath(version.policy, version.effective));
  const page = local(versionPath(version.policy, version.effective));
  const { subject, intro, why, summaryHeading } = emailNews(model, version, language);
  const withdrawn = version.status.kind === "withdrawn";
  const title = version.title;
  const summary = version.summary ?? fill(t.email_default_summary, { title });
  const questions = fill(t.email_questions, { email: site.email, address: site.address });
  const policy = model.policies.find((each) => each.slug === version.policy);
  // The kind of change is the authoritative text's (the same version of the policy).
  const source = policy?.versions.find((each) => each.effective === version.effective);
  const textChange = policy && source && textChangeOf(policy, source);
  const kind = textChange
    ? fill(t.email_kind, {
        kind: language.tag === "en" ? textChangeLabels[textChange] : t[`text_${textChange}`],
      })
    : "";
  const authoritative = siteLanguage(model);
  const prevailing = language.authoritative
    ? undefined
    : `${fill(t.prevailing_language, { language: languageName(authoritative.tag, language.tag) })} ${absoluteUrl(site.url, versionPath(version.policy, version.effective))}`;

  const text = [
    subject,
    "",
    intro,
    "",
    ...(why ? [`${why.heading}:`, why.text, ""] : []),
    `${summaryHeading}:`,
    summary,
    ...(kind ? [kind] : []),
    "",
    withdrawn
      ? `${t.email_would_have_changed} ${t.email_side_by_side}: ${changes}`
      : `${t.email_see_changes} ${t.email_side_by_side}: ${changes}`,
    `${withdrawn ? t.read_withdrawn_version : t.read_new_version}: ${page}`,
    "",
    questions,
    "",
    ...(prevailing ? [prevailing, ""] : []),
  ].join("\n");

  const link = (href: string, label: string) =>
    `<a href="${escapeHtml(href)}" style="color:#0b57d0">${escapeHtml(label)}</a>`;
  const html = `<!doctype html>
<html lang="${escapeHtml(language.tag)}"${language.dir === "rtl" ? ' dir="rtl"' : ""}>
<head>
<meta charset="utf-8">
<title>${escapeHtml(subject)}</title>
</head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1f1f1f;max-width:40em;margin:0 auto;padding:16px">
<h1 style="font-size:20px">${escapeHtml(subject)}</h1>
<p>${escapeHtml(intro)}</p>
${why ? `<h2 style="font-size:17px">${escapeHtml(why.heading)}</h2>\n<p data-lifecycle-reason>${escapeHtml(why.text)}</p>\n` : ""}<h2 style="font-size:17px">${escapeHtml(summaryHeading)}</h2>
<p>${escapeHtml(summary)}</p>
${kind ? `<p data-text-change="${textChange ?? ""}">${escapeHtml(kind)}</p>\n` : ""}<p>${link(changes, withdrawn ? t.email_would_have_changed : t.email_see_changes)} ${escapeHtml(t.email_side_by_side)}</p>
<p>${link(page, fill(withdrawn ? t.email_read_withdrawn : t.email_read_new, { title }))}</p>
<p style="font-size:14px;color:#555">${escapeHtml(questions)}</p>
${prevailing ? `<p style="font-size:14px;color:#555" data-prevailing-language>${escapeHtml(prevailing)}</p>\n` : ""}</body>
</html>
`;
  return { subject, text, html };
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}
