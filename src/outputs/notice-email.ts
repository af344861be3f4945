/**
 * The notice e-mail of a material change, written by the build to
 * `dist/notices/<policy>/<YYYY-MM-DD>.txt` and `.html` for the company's mailing tool:
 * the summary, the dates, and links to the redline and the new version.
 */
import { formatLongDate } from "../dates/index.ts";
import { textChangeLabels, textChangeOf } from "../redline/redlines.ts";
import type { PolicyModel, SiteModel, VersionModel } from "../site/index.ts";
import { absoluteUrl, changesPath, versionPath } from "../site/index.ts";

/** The versions that get a notice e-mail: material changes to an existing policy. */
export function noticeVersions(policy: PolicyModel): VersionModel[] {
  return policy.versions.filter((version) => version.material && version.previous !== undefined);
}

export interface NoticeEmail {
  subject: string;
  text: string;
  html: string;
}

export function noticeEmail(model: SiteModel, version: VersionModel): NoticeEmail {
  const { site } = model;
  const effective = formatLongDate(version.effective);
  const announced = formatLongDate(version.announced);
  const changes = absoluteUrl(site.url, changesPath(version.policy, version.effective));
  const page = absoluteUrl(site.url, versionPath(version.policy, version.effective));
  const subject = `Changes to the ${site.organization} ${version.title}, effective ${effective}`;
  const summary = version.summary ?? `We are making a material change to our ${version.title}.`;
  const intro = `We are changing our ${version.title}. The new version takes effect on ${effective} (announced on ${announced}).`;
  const questions = `Questions? Write to ${site.email} or ${site.address}.`;
  const policy = model.policies.find((each) => each.slug === version.policy);
  const textChange = policy && textChangeOf(policy, version);
  const kind = textChange ? `Kind of change: ${textChangeLabels[textChange]}.` : "";

  const text = [
    subject,
    "",
    intro,
    "",
    "What changes:",
    summary,
    ...(kind ? [kind] : []),
    "",
    `See exactly what changes (old and new text side by side): ${changes}`,
    `Read the new version: ${page}`,
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
<h2 style="font-size:17px">What changes</h2>
<p>${escapeHtml(summary)}</p>
${kind ? `<p data-text-change="${textChange ?? ""}">${escapeHtml(kind)}</p>\n` : ""}<p>${link(changes, "See exactly what changes")} (old and new text side by side)</p>
<p>${link(page, `Read the new ${version.title}`)}</p>
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
