/**
 * The footer script on a "related site": a page on another origin with a strict Content
 * Security Policy that only allows scripts from the policy site, in real Chromium.
 */
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { footerData, renderFooterScript } from "../../src/outputs/footer.ts";
import { validateSite } from "../../src/build/validate-site.ts";
import { bundleFooterClient } from "../../src/outputs/footer-script.ts";
import { launchBrowser, serveDirectory, type StaticServer } from "../support/browser.ts";
import { fixturesDir, projectRoot } from "../support/build.ts";
import { builtSite, IN_NOTICE } from "../support/sites.ts";

const POLICY = "https://policies.isocket.com/privacy/";

const strictCsp = (scriptOrigin: string) =>
  `default-src 'none'; script-src ${scriptOrigin}; style-src 'self'; img-src 'self'`;

const page = (title: string, script: string, footer: string) =>
  `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>${title}</title>
    <script src="${script}" defer></script>
  </head>
  <body>
    <main><p>A related site.</p></main>
    <footer>${footer}</footer>
  </body>
</html>
`;

interface FooterLink {
  text: string;
  href: string | null;
  rel: string;
  notice: string | null;
  datetime: string | null;
}

interface Visit {
  page: Page;
  context: BrowserContext;
  links: FooterLink[];
  /** Console errors and warnings, page errors, dialogs and CSP violations. */
  problems: string[];
  requests: string[];
}

let browser: Browser;
let policySite: StaticServer;
let relatedSite: StaticServer;
let hostileScripts: StaticServer;
let hostileSite: StaticServer;

/**
 * Serves the built policy site `dist`, and a related site with a strict CSP that allows
 * scripts from it only, whose pages (file name → [title, footer markup]) load its footer.js.
 * `pages` is given footer.html's text, to include it in a page.
 */
async function servedSites(
  dist: string,
  pages: (include: string) => Record<string, [title: string, footer: string]>,
) {
  const include = readFileSync(join(dist, "embed/footer.html"), "utf8");
  const policies = await serveDirectory(dist);
  const script = `${policies.origin}/embed/footer.js`;
  const folder = mkdtempSync(join(tmpdir(), "redline-related-site-"));
  // Chromium asks every site for one; a 404 would show up as a console error.
  writeFileSync(join(folder, "favicon.ico"), "");
  for (const [name, [title, footer]] of Object.entries(pages(include))) {
    writeFileSync(join(folder, name), page(title, script, footer));
  }
  const related = await serveDirectory(folder, {
    "Content-Security-Policy": strictCsp(policies.origin),
  });
  return { include, policies, related };
}

beforeAll(async () => {
  ({ policies: policySite, related: relatedSite } = await servedSites(
    await builtSite(IN_NOTICE),
    (include) => ({
      "plain.html": [
        "Plain links",
        `<p id="plain"><a href="${POLICY}">Privacy</a> · <a href="/about/">About us</a></p>
      <div id="placeholder" data-policy-footer>Our policies: ${POLICY}</div>`,
      ],
      "include.html": ["Included footer.html", include],
      // Proves the harness sees a violation: this inline script is refused.
      "control.html": ["Control", "<script>document.title = 'ran';</script>"],
    }),
  ));

  // A policy title written as markup, in a script rendered from the hostile-title fixture.
  const hostile = mkdtempSync(join(tmpdir(), "redline-hostile-footer-"));
  mkdirSync(join(hostile, "embed"));
  const model = validateSite({
    contentDir: join(fixturesDir, "hostile-title"),
    projectRoot,
    asOf: "2026-12-20",
  });
  writeFileSync(
    join(hostile, "embed/footer.js"),
    renderFooterScript(footerData(model), bundleFooterClient()),
  );
  hostileScripts = await serveDirectory(hostile);
  const hostilePage = mkdtempSync(join(tmpdir(), "redline-hostile-site-"));
  writeFileSync(join(hostilePage, "favicon.ico"), "");
  writeFileSync(
    join(hostilePage, "index.html"),
    page(
      "Hostile titles",
      `${hostileScripts.origin}/embed/footer.js`,
      "<div data-policy-footer></div>",
    ),
  );
  hostileSite = await serveDirectory(hostilePage, {
    "Content-Security-Policy": strictCsp(hostileScripts.origin),
  });

  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await Promise.all(
    [policySite, relatedSite, hostileScripts, hostileSite].map((server) => server?.close()),
  );
});

/** Opens `url` with the reader's clock at `readerTime` and reads back the footer's links. */
async function visit(url: string, readerTime: string, javaScriptEnabled = true): Promise<Visit> {
  const context = await browser.newContext({ javaScriptEnabled });
  const tab = await context.newPage();
  const problems: string[] = [];
  const requests: string[] = [];
  tab.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning")
      problems.push(`console: ${message.text()}`);
  });
  tab.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  tab.on("dialog", (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  tab.on("request", (request) => requests.push(request.url()));
  tab.on("response", (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await tab.addInitScript(() => {
    const log: string[] = [];
    Object.defineProperty(window, "cspViolations", { value: log });
    document.addEventListener("securitypolicyviolation", (event) =>
      log.push(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  await tab.clock.setFixedTime(new Date(readerTime));
  await tab.goto(url, { waitUntil: "load" });
  if (javaScriptEnabled) {
    problems.push(
      ...(await tab.evaluate(
        () => (window as unknown as { cspViolations: string[] }).cspViolations,
      )),
    );
  }
  const links = await tab.locator("footer a").evaluateAll((anchors) =>
    anchors.map((anchor) => {
      const next = anchor.nextElementSibling;
      const notice = next?.classList.contains("redline-footer__notice") ? next : null;
      return {
        text: anchor.textContent ?? "",
        href: anchor.getAttribute("href"),
        rel: anchor.getAttribute("rel") ?? "",
        notice: notice?.textContent ?? null,
        datetime: notice?.querySelector("time")?.getAttribute("datetime") ?? null,
      };
    }),
  );
  return { page: tab, context, links, problems, requests };
}

const marked = { notice: "Updated, effective December 16, 2026", datetime: "2026-12-16" };
const unmarked = { notice: null, datetime: null };

describe("footer.js on a related site with a strict CSP", () => {
  it("adds the relation and the notice mark to the host's link, and fills the placeholder", async () => {
    const visit1 = await visit(`${relatedSite.origin}/plain.html`, "2026-11-28T20:00:00Z");
    try {
      expect(visit1.problems).toEqual([]);
      expect(visit1.links).toEqual([
        { text: "Privacy", href: POLICY, rel: "privacy-policy", ...marked },
        { text: "About us", href: "/about/", rel: "", ...unmarked },
        { text: "Privacy Policy", href: POLICY, rel: "privacy-policy", ...marked },
      ]);
      // The placeholder's fallback text was replaced by the list, with the include's classes.
      expect(
        await visit1.page
          .locator("#placeholder > ul.redline-footer > li.redline-footer__item")
          .count(),
      ).toBe(1);
      expect(await visit1.page.locator("#placeholder").innerText()).not.toContain("Our policies");
      // Nothing requested but the page and the script; no cookie, no storage.
      expect(visit1.requests).toEqual([
        `${relatedSite.origin}/plain.html`,
        `${policySite.origin}/embed/footer.js`,
      ]);
      expect(await visit1.context.cookies()).toEqual([]);
      expect(
        await visit1.page.evaluate(() => [localStorage.length, sessionStorage.length]),
      ).toEqual([0, 0]);
    } finally {
      await visit1.context.close();
    }
  });

  it("re-checks the notice against the reader's clock, in the site's time zone", async () => {
    const cases = [
      // 23:30 on December 15 in Los Angeles (already the 16th in UTC): the notice still runs.
      { at: "2026-12-16T07:30:00Z", expected: marked },
      // 00:30 on December 16 in Los Angeles: the new version applies, the notice is over.
      { at: "2026-12-16T08:30:00Z", expected: unmarked },
      { at: "2027-03-01T12:00:00Z", expected: unmarked },
      // A clock behind the build never shows less than the published site.
      { at: "2025-01-01T12:00:00Z", expected: marked },
    ];
    for (const { at, expected } of cases) {
      const result = await visit(`${relatedSite.origin}/plain.html`, at);
      try {
        expect(result.problems, at).toEqual([]);
        expect(
          result.links.filter((link) => link.href === POLICY),
          at,
        ).toEqual([
          { text: "Privacy", href: POLICY, rel: "privacy-policy", ...expected },
          { text: "Privacy Policy", href: POLICY, rel: "privacy-policy", ...expected },
        ]);
      } finally {
        await result.context.close();
      }
    }
  });

  it("updates a footer.html included at the host's build once its notice is over", async () => {
    const stale = await visit(`${relatedSite.origin}/include.html`, "2026-12-20T12:00:00Z");
    try {
      expect(stale.problems).toEqual([]);
      expect(stale.links).toEqual([
        { text: "Privacy Policy", href: POLICY, rel: "privacy-policy", ...unmarked },
      ]);
    } finally {
      await stale.context.close();
    }
  });

  it("leaves working links without JavaScript", async () => {
    const plain = await visit(`${relatedSite.origin}/plain.html`, "2026-11-28T20:00:00Z", false);
    const include = await visit(
      `${relatedSite.origin}/include.html`,
      "2026-11-28T20:00:00Z",
      false,
    );
    try {
      expect(plain.links[0]).toEqual({ text: "Privacy", href: POLICY, rel: "", ...unmarked });
      expect(include.links).toEqual([
        { text: "Privacy Policy", href: POLICY, rel: "privacy-policy", ...marked },
      ]);
    } finally {
      await plain.context.close();
      await include.context.close();
    }
  });

  it("is seen by the harness when a page breaks the CSP (control)", async () => {
    const control = await visit(`${relatedSite.origin}/control.html`, "2026-11-28T20:00:00Z");
    try {
      expect(
        control.problems.some((problem) => problem.includes("CSP violation: script-src")),
      ).toBe(true);
    } finally {
      await control.context.close();
    }
  });

  it("shows a policy title written as markup as inert text", async () => {
    const hostile = await visit(`${hostileSite.origin}/`, "2026-12-20T20:00:00Z");
    try {
      expect(hostile.problems).toEqual([]);
      expect(hostile.links.map((link) => link.text)).toEqual([
        "<img src=x onerror=alert(1)>",
        '</script><script>alert(2)</script> & "Terms"',
      ]);
      expect(hostile.links[0]?.notice).toBe("Updated, effective January 10, 2027");
      expect(await hostile.page.locator("img, footer script").count()).toBe(0);
    } finally {
      await hostile.context.close();
    }
  });
});

describe("footer.js after an announced change was withdrawn (lifecycle-withdrawn fixture)", () => {
  // Withdrawn on 2026-12-01 with notice_days 30: marked on [2026-12-01, 2026-12-31) in
  // Los Angeles, like footer.html and footer.json.
  const WITHDRAWN_POLICY = "https://policies.example.com/privacy/";
  const withdrawnMark = {
    notice: "The change announced for January 15, 2027 was withdrawn",
    datetime: "2027-01-15",
  };
  let withdrawnPolicies: StaticServer;
  let withdrawnRelated: StaticServer;
  let withdrawnInclude: string;

  beforeAll(async () => {
    ({
      include: withdrawnInclude,
      policies: withdrawnPolicies,
      related: withdrawnRelated,
    } = await servedSites(
      await builtSite("2026-12-10", join(fixturesDir, "lifecycle-withdrawn")),
      (include) => ({
        "plain.html": [
          "Plain links",
          `<p><a href="${WITHDRAWN_POLICY}">Privacy</a></p><div data-policy-footer></div>`,
        ],
        "include.html": ["Included footer.html", include],
      }),
    ));
  }, 300_000);

  afterAll(async () => {
    await Promise.all([withdrawnPolicies, withdrawnRelated].map((server) => server?.close()));
  });

  it("shows the withdrawal mark footer.html shows, for notice_days by the reader's clock", async () => {
    // footer.html says it too, as built; the script re-checks it on the reader's day.
    expect(withdrawnInclude).toContain(
      'The change announced for <time datetime="2027-01-15">January 15, 2027</time> was withdrawn',
    );
    const cases = [
      { at: "2026-12-10T20:00:00Z", expected: withdrawnMark },
      // 23:30 on December 30 in Los Angeles: the last day of the withdrawal's 30 days.
      { at: "2026-12-31T07:30:00Z", expected: withdrawnMark },
      // 00:30 on December 31 in Los Angeles: its notice is over.
      { at: "2026-12-31T08:30:00Z", expected: unmarked },
    ];
    for (const { at, expected } of cases) {
      for (const path of ["plain.html", "include.html"]) {
        const result = await visit(`${withdrawnRelated.origin}/${path}`, at);
        try {
          expect(result.problems, `${path} at ${at}`).toEqual([]);
          expect(result.links, `${path} at ${at}`).toEqual(
            (path === "plain.html" ? ["Privacy", "Privacy Policy"] : ["Privacy Policy"]).map(
              (text) => ({ text, href: WITHDRAWN_POLICY, rel: "privacy-policy", ...expected }),
            ),
          );
        } finally {
          await result.context.close();
        }
      }
    }
  });
});
