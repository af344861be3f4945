import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Script } from "node:vm";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import {
  checkRelatedSite,
  footerData,
  footerLanguage,
  renderFooterHtml,
  renderFooterJson,
  renderFooterScript,
  type FooterData,
} from "../../src/outputs/footer.ts";
import { validateSite } from "../../src/build/validate-site.ts";
import { bundleFooterClient } from "../../src/outputs/footer-script.ts";
import { copyContent, fixturesDir, projectRoot, seedContent } from "../support/build.ts";
import { AFTER_NOTICE, BEFORE_NOTICE, IN_NOTICE } from "../support/sites.ts";

const client = bundleFooterClient();
const hostileContent = join(fixturesDir, "hostile-title");

function dataFor(asOf: string, contentDir = seedContent): FooterData {
  return footerData(validateSite({ contentDir, projectRoot, asOf }));
}

/** The data literal the script carries in place of REDLINE_FOOTER_DATA, evaluated on its own. */
function scriptData(script: string): unknown {
  const [before = "", after = ""] = client.split("REDLINE_FOOTER_DATA");
  expect(script.startsWith(before) && script.endsWith(after)).toBe(true);
  const literal = script.slice(before.length, script.length - after.length);
  return new Script(`(${literal})`).runInNewContext({});
}

describe("footer.html", () => {
  it("links the privacy policy with its relation and marks the change notice while it runs", () => {
    expect(renderFooterHtml(dataFor(IN_NOTICE))).toBe(
      [
        "<!-- Redline policy footer as of 2026-11-28; refresh this copy on 2026-12-16 -->",
        '<ul class="redline-footer">',
        '  <li class="redline-footer__item"><a class="redline-footer__link" href="https://policies.isocket.com/privacy/" rel="privacy-policy">Privacy Policy</a>' +
          ' <span class="redline-footer__notice">Updated, effective <time datetime="2026-12-16">December 16, 2026</time></span></li>',
        "</ul>",
        "",
      ].join("\n"),
    );
  });

  it("has no mark before the change is announced or after the notice ends", () => {
    for (const asOf of [BEFORE_NOTICE, AFTER_NOTICE]) {
      const html = renderFooterHtml(dataFor(asOf));
      expect(html).toContain(
        'href="https://policies.isocket.com/privacy/" rel="privacy-policy">Privacy Policy</a></li>',
      );
      expect(html).not.toContain("Updated");
      expect(html).not.toContain("<time");
    }
  });

  it("contains no script, inline style, tracking parameter or class outside its prefix", () => {
    const html = renderFooterHtml(dataFor(IN_NOTICE));
    expect(html).not.toMatch(/<script|style=|\son\w+=|utm_|[?&]ref=/i);
    const classes = [...html.matchAll(/class="([^"]*)"/g)].flatMap((match) =>
      (match[1] ?? "").split(" "),
    );
    expect(classes.length).toBeGreaterThan(0);
    for (const name of classes) expect(name).toMatch(/^redline-footer(__|$)/);
  });

  it("prints a title written as markup as inert text", () => {
    const html = renderFooterHtml(dataFor("2026-12-20", hostileContent));
    expect(html).toContain(">&#x3C;img src=x onerror=alert(1)></a>");
    expect(html).toContain('>&#x3C;/script>&#x3C;script>alert(2)&#x3C;/script> &#x26; "Terms"</a>');
    expect(html).not.toMatch(/<img|<script/i);
    // A terms policy gets its own link relation.
    expect(html).toContain('href="https://policies.example.com/terms/" rel="terms-of-service"');
  });
});

describe("footer.json", () => {
  it("gives the policy's title, URL, effective date and the notice inside the window", () => {
    const data = JSON.parse(renderFooterJson(dataFor(IN_NOTICE))) as FooterData;
    expect(data).toMatchObject({
      site: "https://policies.isocket.com",
      asOf: IN_NOTICE,
      nextChange: "2026-12-16",
    });
    expect(data.policies).toHaveLength(1);
    expect(data.policies[0]).toMatchObject({
      slug: "privacy",
      title: "Privacy Policy",
      url: "https://policies.isocket.com/privacy/",
      rel: "privacy-policy",
      effective: "2014-03-15",
      notice: {
        phase: "upcoming",
        effective: "2026-12-16",
        start: "2026-11-16",
        end: "2026-12-16",
        url: "https://policies.isocket.com/privacy/2026-12-16/",
      },
    });
    expect(data.policies[0]?.schedule.map((version) => version.effective)).toEqual([
      "2014-03-15",
      "2026-12-16",
    ]);
  });

  it("after the notice: the new version is in effect, no notice, nothing older in the schedule", () => {
    const [policy] = (JSON.parse(renderFooterJson(dataFor(AFTER_NOTICE))) as FooterData).policies;
    expect(policy).toMatchObject({ effective: "2026-12-16", notice: null });
    expect(policy?.schedule).toEqual([
      {
        effective: "2026-12-16",
        title: "Privacy Policy",
        notice: { start: "2026-11-16", end: "2026-12-16" },
      },
    ]);
  });

  it("reports the notice as in effect once the version applies, under the from-change rule", () => {
    const content = copyContent();
    const site = join(content, "site.yml");
    writeFileSync(
      site,
      readFileSync(site, "utf8").replace(/^notice_rule: advance$/m, "notice_rule: from-change"),
    );
    const [policy] = dataFor("2026-12-20", content).policies;
    expect(policy?.notice).toMatchObject({
      phase: "in-effect",
      effective: "2026-12-16",
      end: "2027-01-15",
    });
    expect(renderFooterHtml(dataFor("2026-12-20", content))).toContain(
      'Updated, effective <time datetime="2026-12-16">December 16, 2026</time>',
    );
  });

  it("keeps a title written as markup exactly as written", () => {
    const data = JSON.parse(renderFooterJson(dataFor("2026-12-20", hostileContent))) as FooterData;
    expect(data.policies.map((policy) => policy.title)).toEqual([
      "<img src=x onerror=alert(1)>",
      '</script><script>alert(2)</script> & "Terms"',
    ]);
  });
});

describe("footer.js", () => {
  it("is one script carrying the data it needs, in plain ASCII", () => {
    const script = renderFooterScript(dataFor(IN_NOTICE), client);
    expect(() => new Script(script)).not.toThrow();
    expect(script).toMatch(/^[\x20-\x7e\n]*$/);
    expect(scriptData(script)).toEqual({
      asOf: IN_NOTICE,
      timezone: "America/Los_Angeles",
      policies: [
        {
          url: "https://policies.isocket.com/privacy/",
          rel: "privacy-policy",
          schedule: [
            { effective: "2014-03-15", title: "Privacy Policy" },
            { effective: "2026-12-16", title: "Privacy Policy" },
          ],
          marks: [
            [
              "2026-11-16",
              "2026-12-16",
              "Updated, effective ",
              "2026-12-16",
              "December 16, 2026",
              "",
            ],
          ],
        },
      ],
    });
  });

  it("carries an announced change's withdrawal as a mark for notice_days, before the notices", () => {
    const withdrawn = join(fixturesDir, "lifecycle-withdrawn");
    const script = renderFooterScript(dataFor("2026-12-10", withdrawn), client);
    expect(scriptData(script)).toMatchObject({
      policies: [
        {
          // The withdrawn version is no longer scheduled: only the version in effect is.
          schedule: [{ effective: "2026-01-01", title: "Privacy Policy" }],
          marks: [
            [
              "2026-12-01",
              "2026-12-31",
              "The change announced for ",
              "2027-01-15",
              "January 15, 2027",
              " was withdrawn",
            ],
          ],
        },
      ],
    });
    expect(gzipSync(script).length).toBeLessThan(1024);
  });

  it("words the notice mark in a translation's footer as its footer.html does", () => {
    const model = validateSite({
      contentDir: join(fixturesDir, "translations"),
      projectRoot,
      // In the notice of 2026-12-16, after the fixture's correction of 2026-12-01.
      asOf: "2026-12-10",
    });
    const german = footerData(model, footerLanguage(model, "de"));
    const data = scriptData(renderFooterScript(german, client)) as {
      policies: { marks: string[][] }[];
    };
    const [mark] = data.policies[0]?.marks ?? [];
    expect(renderFooterHtml(german)).toContain(
      `${mark?.[2]}<time datetime="${mark?.[3]}">${mark?.[4]}</time>`,
    );
    expect(mark?.[2]).toBe("Aktualisiert, gültig ab ");
  });

  it("adds nothing to the host page's global scope", () => {
    const script = renderFooterScript(dataFor(IN_NOTICE), client);
    const document = { readyState: "loading", addEventListener: () => undefined };
    const context = { document, Intl, Date };
    new Script(script).runInNewContext(context);
    expect(Object.keys(context)).toEqual(["document", "Intl", "Date"]);
  });

  it("stays under 1 KB gzipped for the seed content", () => {
    expect(gzipSync(renderFooterScript(dataFor(IN_NOTICE), client)).length).toBeLessThan(1024);
  });

  it("never writes markup, styles, cookies or storage, and requests nothing", () => {
    const script = renderFooterScript(dataFor(IN_NOTICE), client);
    expect(script).not.toMatch(
      /innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\b|Function\(|\.style\b|setAttribute|cookie|Storage|fetch|XMLHttpRequest|sendBeacon|import\(/,
    );
  });

  it("carries a title written as markup as a string that cannot close a script element", () => {
    const script = renderFooterScript(dataFor("2026-12-20", hostileContent), client);
    expect(script).not.toMatch(/<\/?script|<img/i);
    const data = scriptData(script) as { policies: { schedule: { title: string }[] }[] };
    expect(data.policies.map((policy) => policy.schedule[0]?.title)).toEqual([
      "<img src=x onerror=alert(1)>",
      '</script><script>alert(2)</script> & "Terms"',
    ]);
  });
});

describe("--site", () => {
  const model = validateSite({ contentDir: seedContent, projectRoot, asOf: IN_NOTICE });
  const { site } = model;

  it("accepts a related site by host or URL", () => {
    expect(checkRelatedSite(site, "www.isocket.com").name).toBe("iSocket");
    expect(checkRelatedSite(site, "https://WWW.BuyAds.com/").name).toBe("BuyAds");
  });

  it("refuses another host, naming the known ones", () => {
    expect(() => checkRelatedSite(site, "isocket.com")).toThrow(
      "--site isocket.com is not one of the related sites in content/site.yml: www.isocket.com, www.buyads.com",
    );
  });

  it("names the site.yml of the content folder it was given (--content)", () => {
    expect(model.siteSource?.file).toBe("tests/fixtures/seed/site.yml");
    expect(() => checkRelatedSite(site, "isocket.com", model.siteSource?.file)).toThrow(
      "--site isocket.com is not one of the related sites in tests/fixtures/seed/site.yml:",
    );
  });
});
