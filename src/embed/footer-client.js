/* global document, REDLINE_FOOTER_DATA */
/*
 * Redline's footer script for related sites (README, "For related sites"). Published as
 * /embed/footer.js, minified, with the footer data inlined in place of
 * REDLINE_FOOTER_DATA (see footerScriptData in src/outputs/footer.ts), so it makes no request
 * of its own and a host's CSP only has to allow this one script.
 *
 * Hand-written ES2017, no framework: it must stay under 1 KB gzipped (bench/footer.ts).
 * It builds elements with the DOM and textContent only (never innerHTML), and sets no
 * style, cookie or storage.
 */
(function (data) {
  "use strict";
  var doc = document;
  var P = "redline-footer";

  // The reader's day in the site's time zone (sv-SE writes YYYY-MM-DD). A clock behind the
  // build (wrong, or a site built ahead of its deploy) never shows an older state than the
  // published site.
  function today() {
    var day = "";
    try {
      day = new Date().toLocaleDateString("sv-SE", { timeZone: data.timezone });
    } catch {
      // An unknown time zone: fall back to the UTC day below.
    }
    if (!/^\d{4}-\d\d-\d\d$/.test(day)) day = new Date().toISOString().slice(0, 10);
    return day < data.asOf ? data.asOf : day;
  }

  function el(tag, className) {
    var node = doc.createElement(tag);
    if (className != null) node.className = P + className;
    return node;
  }

  var day = today();
  // Per policy URL: the version in effect and the notice running on the reader's day. The
  // schedule is oldest first, so the latest-effective notice wins, as on the policy site.
  var state = {};
  data.policies.forEach(function (policy) {
    var entry = { rel: policy.rel, version: policy.schedule[0], notice: null };
    policy.schedule.forEach(function (version) {
      if (version.effective <= day) entry.version = version;
      if (version.notice && version.notice[0] <= day && day < version.notice[1])
        entry.notice = version;
    });
    state[policy.url] = entry;
  });

  function find(link) {
    return state[link.href.replace(/[?#].*$/, "").replace(/\/?$/, "/")];
  }

  // Adds the link relation and the notice mark as of today, replacing a mark left by
  // footer.html or an earlier run.
  function enhance(link) {
    var entry = find(link);
    if (!entry) return;
    link.classList.add(P + "__link");
    if (entry.rel) link.relList.add(entry.rel);
    var old = link.nextElementSibling;
    if (old && old.classList.contains(P + "__notice")) old.remove();
    var version = entry.notice;
    if (version) {
      // "Updated, effective <date>" is true both before and after the change takes effect.
      var mark = el("span", "__notice");
      var time = el("time");
      time.dateTime = version.effective;
      time.textContent = version.date;
      mark.append("Updated, effective ", time);
      link.after(" ", mark);
    }
  }

  function run() {
    // Links the host already has work without JavaScript; this only adds to them.
    doc.querySelectorAll("a[href]").forEach(enhance);
    // A placeholder without policy links gets the whole list.
    doc.querySelectorAll("[data-policy-footer]").forEach(function (box) {
      if ([].some.call(box.querySelectorAll("a[href]"), find)) return;
      var list = el("ul", "");
      data.policies.forEach(function (policy) {
        var item = el("li", "__item");
        var link = el("a");
        link.href = policy.url;
        link.textContent = state[policy.url].version.title;
        item.append(link);
        list.append(item);
        enhance(link);
      });
      box.textContent = "";
      box.append(list);
    });
  }

  if (doc.readyState === "loading") doc.addEventListener("DOMContentLoaded", run);
  else run();
})(REDLINE_FOOTER_DATA);
