/**
 * Redline's footer script for related sites (README, "For related sites"). Bundled by
 * src/outputs/footer-script.ts with the same date, notice and timeline rules as the
 * policy site (src/dates, src/notice, src/versions), and published as /embed/footer.js
 * with the footer data inlined in place of REDLINE_FOOTER_DATA (footerScriptData in
 * src/outputs/footer.ts), so it makes no request of its own and a host's CSP only has to
 * allow this one script.
 *
 * It must stay under 1 KB gzipped (bench/footer.ts): no framework, and only the rules it
 * needs are bundled. It builds elements with the DOM and textContent only (never
 * innerHTML), and sets no style, cookie or storage.
 */
import { dayInTimeZone } from "../dates/dates.ts";
import { noticeShownOn } from "../notice/notice.ts";
import { versionInEffectOn } from "../versions/versions.ts";
import type { FooterScriptData } from "../outputs/footer.ts";

declare const REDLINE_FOOTER_DATA: FooterScriptData;

// Top-level code: the bundle is one function expression (footer-script.ts), so nothing
// here reaches the host page's global scope.
const data = REDLINE_FOOTER_DATA;
const doc = document;
const P = "redline-footer";

// The reader's day in the site's time zone. A clock behind the build (wrong, or a site
// built ahead of its deploy) never shows an older state than the published site, and a
// time zone the browser does not know leaves the site as it was built.
let day = data.asOf;
try {
  const readerDay = dayInTimeZone(new Date(), data.timezone);
  if (readerDay > day) day = readerDay;
} catch {
  // Keep the day the site was built for.
}

// Per policy: the version in effect and the mark running on the reader's day (the last
// one: the marks are ordered so that it is the one footer.html and the policy site show).
const policies = data.policies.map(({ url, rel, schedule, marks }) => ({
  url,
  rel,
  title: (versionInEffectOn(schedule, day) ?? schedule[0])?.title,
  mark: marks.filter(([start, end]) => noticeShownOn({ start, end }, day)).pop(),
}));

const find = (link: HTMLAnchorElement) =>
  policies.find((policy) => policy.url === link.href.replace(/[?#].*$/, "").replace(/\/?$/, "/"));

const el = (tag: string, className = "") => {
  const node = doc.createElement(tag);
  node.className = P + className;
  return node;
};

// Adds the link relation and the mark (a change notice or a withdrawal) as of today,
// replacing a mark left by footer.html or an earlier run.
const enhance = (link: HTMLAnchorElement) => {
  const policy = find(link);
  if (!policy) return;
  link.classList.add(P + "__link");
  if (policy.rel) link.relList.add(policy.rel);
  const old = link.nextElementSibling;
  if (old?.classList.contains(P + "__notice")) old.remove();
  if (policy.mark) {
    // "Updated, effective <date>" is true both before and after the change takes effect.
    const [, , before, datetime, date, after] = policy.mark;
    const mark = el("span", "__notice");
    const time = doc.createElement("time");
    time.dateTime = datetime;
    time.textContent = date;
    mark.append(before, time, after);
    link.after(" ", mark);
  }
};

const run = () => {
  // Links the host already has work without JavaScript; this only adds to them.
  doc.querySelectorAll<HTMLAnchorElement>("a[href]").forEach(enhance);
  // A placeholder without policy links gets the whole list.
  doc.querySelectorAll("[data-policy-footer]").forEach((box) => {
    if ([...box.querySelectorAll<HTMLAnchorElement>("a[href]")].some(find)) return;
    const list = el("ul");
    for (const policy of policies) {
      const item = el("li", "__item");
      const link = doc.createElement("a");
      link.href = policy.url;
      link.textContent = policy.title ?? "";
      item.append(link);
      list.append(item);
      enhance(link);
    }
    box.textContent = "";
    box.append(list);
  });
};

if (doc.readyState === "loading") doc.addEventListener("DOMContentLoaded", run);
else run();
