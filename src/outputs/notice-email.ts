/**
 * The notice e-mail of a material change, written by the build to
 * `dist/notices/<policy>/<YYYY-MM-DD>.txt` and `.html` for the company's mailing tool:
 * the summary, the dates, and links to the redline and the new version.
 */
import { formatLongDate, type CalendarDate } from "../dates/index.ts";
import { lastPostponement } from "../lifecycle/index.ts";
import { textChangeLabels, textChangeOf } from "../redline/redlines.ts";
import type { PolicyModel, SiteModel, VersionModel } from "../site/index.ts";
import { absoluteUrl, changesPath, versionPath } from "../site/index.ts";

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
function emailNews(model: SiteModel, version: VersionModel) {
  const { site } = model;
  const effective = formatLongDate(version.effective);
  const announced = formatLongDate(version.announced);
  const { status } = version;
  if (status.kind === "withdrawn") {
    return {
      subject: `Withdrawn: the change to the ${site.organization} ${version.title} announced for ${effective}`,
      intro: `On ${announced} we announced a change to our ${version.title} that was to take effect on ${effective}. On ${formatLongDate(status.date)} we withdrew it: it will not take effect, and our ${version.title} stays as it is.`,
      why: { heading: "Why it was withdrawn", text: status.reason },
      summaryHeading: "What the withdrawn change would have changed",
    };
  }
  const move = lastPostponement(version);
  if (move) {
    return {
      subject: `Postponed: changes to the ${site.organization} ${version.title}, now effective ${effective}`,
      intro: `We are changing our ${version.title}. The change was to take effect on ${formatLongDate(move.from)}; on ${formatLongDate(move.date)} we postponed it, and the new version now takes effect on ${effective} (announced on ${announced}).`,
      why: { heading: "Why it was postponed", text: move.reason },
      summaryHeading: "What changes",
    };
  }
  return {
    subject: `Changes to the ${site.organization} ${version.title}, effective ${effective}`,
    intro: `We are changing our ${version.title}. The new version takes effect on ${effective} (announced on ${announced}).`,
    why: undefined,
    summaryHeading: "What changes",
  };
}

export interface NoticeEmail {
  subject: string;
  text: string;
  html: string;
}

export function noticeEmail(model: SiteModel, version: VersionModel): NoticeEmail {
  const { site } = model;
  const changes = absoluteUrl(site.url, changesPath(version.policy, version.effective));
  const page = absoluteUrl(site.url, versionPath(version.policy, version.effective));
  const { subject, intro, why, summaryHeading } = emailNews(model, version);
  const withdrawn = version.status.kind === "withdrawn";
  const summary = version.summary ?? `We are making a material change to our ${version.title}.`;
  const questions = `Questions? Write to ${site.email} or ${site.address}.`;
  const policy = model.policies.find((each) => each.slug === version.policy);
  const textChange = policy && textChangeOf(policy, version);
  const kind = textChange ? `Kind of change: ${textChangeLabels[textChange]}.` : "";

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
      ? `See what it would have changed (old and new text side by side): ${changes}`
      : `See exactly what changes (old and new text side by side): ${changes}`,
    withdrawn ? `Read the withdrawn version: ${page}` : `Read the new version: ${page}`,
    "",
    questions,
    "",
  ].join("\n");

  const link = (href: string, label: string) =>
    `<a href="${escapeHtml(href)}" style="color:#0b57d0">${escapeHtml(label)}</a>`;
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(subject)}</title>
</head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1f1f1f;max-width:40em;margin:0 auto;padding:16px">
<h1 style="font-size:20px">${escapeHtml(subject)}</h1>
<p>${escapeHtml(intro)}</p>
${why ? `<h2 style="font-size:17px">${escapeHtml(why.heading)}</h2>\n<p data-lifecycle-reason>${escapeHtml(why.text)}</p>\n` : ""}<h2 style="font-size:17px">${escapeHtml(summaryHeading)}</h2>
<p>${escapeHtml(summary)}</p>
${kind ? `<p data-text-change="${textChange ?? ""}">${escapeHtml(kind)}</p>\n` : ""}<p>${link(changes, withdrawn ? "See what it would have changed" : "See exactly what changes")} (old and new text side by side)</p>
<p>${link(page, withdrawn ? `Read the withdrawn ${version.title}` : `Read the new ${version.title}`)}</p>
<p style="font-size:14px;color:#555">${escapeHtml(questions)}</p>
</body>
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
