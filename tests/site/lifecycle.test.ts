/**
 * Issue 14: a withdrawn and a postponed change through every output a reader or a machine
 * sees (pages, notice, feeds, API, notice e-mails, footer), the acceptance receipts checked
 * against the JSON Schema the site publishes, and JSON-LD on every version page.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import type { Element } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toString } from "hast-util-to-string";
import { visit } from "unist-util-visit";
import { beforeAll, describe, expect, it } from "vitest";
import { readLock } from "../../src/archive/lock.ts";
import { siteReader, verifySite, type SiteReader } from "../../src/archive/verify.ts";
import { loadContent } from "../../src/content/content.ts";
import { policyApiSchema } from "../../src/outputs/api.ts";
import { receiptSchema } from "../../src/outputs/receipt.ts";
import { fixturesDir, runScript } from "../support/build.ts";
import { builtSite } from "../support/sites.ts";

const AS_OF = "2026-12-10";
const SITE = "https://policies.example.com";
const WITHDRAWN = join(fixturesDir, "lifecycle-withdrawn");
const POSTPONED = join(fixturesDir, "lifecycle-postponed");
let withdrawnSite: string;
let postponedSite: string;

beforeAll(async () => {
  [withdrawnSite, postponedSite] = await Promise.all([
    builtSite(AS_OF, WITHDRAWN),
    builtSite(AS_OF, POSTPONED),
  ]);
}, 300_000);

const read = (root: string, path: string) => readFileSync(join(root, path), "utf8");
/** The elements of a built page that have the property `name` (hast's name), with `value` if given. */
function elements(root: string, path: string, name: string, value?: string): Element[] {
  const found: Element[] = [];
  visit(fromHtml(read(root, path)), "element", (element: Element) => {
    const property = element.properties[name];
    if (property !== undefined && (value === undefined || String(property) === value)) {
      found.push(element);
    }
  });
  return found;
}
/** Their text, whitespace folded. */
const texts = (root: string, path: string, name: string, value?: string) =>
  elements(root, path, name, value).map((node) => toString(node).replace(/\s+/g, " ").trim());
const api = (root: string) => policyApiSchema.parse(JSON.parse(read(root, "api/privacy.json")));

describe("a withdrawn version (withdrawn on 2026-12-01, built for 2026-12-10)", () => {
  it("keeps its permanent page, which says it was withdrawn, when and why", () => {
    const [banner] = texts(withdrawnSite, "privacy/2027-01-15/index.html", "dataVersionBanner");
    expect(banner).toContain("This version was withdrawn and never took effect.");
    expect(banner).toContain("announced to take effect on January 15, 2027");
    expect(banner).toContain("withdrawn on December 1, 2026");
    expect(banner).toContain("After readers' feedback we will not share email addresses");
    expect(read(withdrawnSite, "privacy/2027-01-15.md")).toContain("withdrawn:");
  });

  it("is no longer upcoming: the current page says the announced change was withdrawn", () => {
    const current = "privacy/index.html";
    expect(texts(withdrawnSite, current, "dataPolicyNotice")).toEqual([]);
    const [notice] = texts(withdrawnSite, current, "dataWithdrawalNotice");
    expect(notice).toContain("The change announced for January 15, 2027 was withdrawn");
    expect(notice).toContain("this policy stays as it is");
    const footer = read(withdrawnSite, "embed/footer.html");
    expect(footer).toContain('The change announced for <time datetime="2027-01-15">');
    expect(footer).not.toContain("Updated, effective");
  });

  it("says so in the API, the feed, the e-mail and footer.json", () => {
    const versions = api(withdrawnSite).versions;
    expect(versions.map((v) => [v.effective, v.status])).toEqual([
      ["2026-01-01", "current"],
      ["2027-01-15", "withdrawn"],
    ]);
    expect(versions[1]?.withdrawn).toEqual({
      date: "2026-12-01",
      reason: "After readers' feedback we will not share email addresses with anyone.",
    });
    expect(versions[1]?.notice.shown).toEqual({ from: "2026-11-20", until: "2026-12-01" });

    const feed = read(withdrawnSite, "privacy/feed.xml");
    expect(feed).toContain("material change announced for January 15, 2027, withdrawn</title>");
    expect(feed).toContain('term="withdrawn"');
    expect(feed).toContain("<updated>2026-12-01T00:00:00-08:00</updated>");

    const email = read(withdrawnSite, "notices/privacy/2027-01-15.txt");
    expect(email.split("\n")[0]).toBe(
      "Withdrawn: the change to the Example Co Privacy Policy announced for January 15, 2027",
    );
    expect(email).toContain("it will not take effect");

    const footer = JSON.parse(read(withdrawnSite, "embed/footer.json"));
    expect(footer.policies[0].notice).toBeNull();
    expect(footer.policies[0].withdrawal).toMatchObject({
      effective: "2027-01-15",
      date: "2026-12-01",
      end: "2026-12-31",
    });
    expect(footer.policies[0].schedule.map((v: { effective: string }) => v.effective)).toEqual([
      "2026-01-01",
    ]);
  });

  it("stops telling the current page after notice_days, and before its date the version is still upcoming", async () => {
    const [later, before] = await Promise.all([
      builtSite("2026-12-31", WITHDRAWN),
      builtSite("2026-11-25", WITHDRAWN),
    ]);
    expect(texts(later, "privacy/index.html", "dataWithdrawalNotice")).toEqual([]);
    expect(texts(before, "privacy/index.html", "dataPolicyNotice")[0]).toContain(
      "This policy will change on January 15, 2027",
    );
  }, 300_000);
});

describe("a postponed version (from 2027-01-01 to 2027-02-01, built for 2026-12-10)", () => {
  it("leaves its old URL as a page leading to the new date, saying when and why", () => {
    for (const path of ["privacy/2027-01-01/index.html", "privacy/changes/2027-01-01/index.html"]) {
      const [banner] = texts(postponedSite, path, "dataVersionBanner", "postponed");
      expect(banner).toContain(
        "This version was announced to take effect on January 1, 2027. On December 1, 2026 it was postponed to February 1, 2027.",
      );
      expect(banner).toContain("We need more time");
    }
    const links = elements(postponedSite, "privacy/2027-01-01/index.html", "dataPostponedLink");
    expect(links.map((link) => link.properties["href"])).toEqual(["/privacy/2027-02-01/"]);
  });

  it("runs its notice for the new date, saying it was postponed", () => {
    const [notice] = texts(postponedSite, "privacy/index.html", "dataPolicyNotice");
    expect(notice).toContain("This policy will change on February 1, 2027");
    expect(notice).toContain(
      "Postponed: this change was to take effect on January 1, 2027; on December 1, 2026 it was postponed to February 1, 2027.",
    );
    expect(read(postponedSite, "embed/footer.html")).toContain(
      '(postponed from <time datetime="2027-01-01">January 1, 2027</time>)',
    );
  });

  it("says so in the API, the feed (same entry id) and both e-mails", () => {
    const [, moved] = api(postponedSite).versions;
    expect(moved).toMatchObject({
      effective: "2027-02-01",
      status: "upcoming",
      postponed: [{ from: "2027-01-01", date: "2026-12-01", url: `${SITE}/privacy/2027-01-01/` }],
      notice: { required: true, days_before_effective: 73, meets_rule: true },
    });
    const feed = read(postponedSite, "privacy/feed.xml");
    expect(feed).toContain("<id>tag:policies.example.com,2027-01-01:privacy/2027-01-01</id>");
    expect(feed).toContain("effective February 1, 2027 (postponed from January 1, 2027)");
    for (const name of ["2027-01-01", "2027-02-01"]) {
      const email = read(postponedSite, `notices/privacy/${name}.txt`);
      expect(email.split("\n")[0]).toBe(
        "Postponed: changes to the Example Co Privacy Policy, now effective February 1, 2027",
      );
      expect(email).toContain("Why it was postponed:");
    }
  });

  it("passes npm run verify, which checks the old page leads to the new date", async () => {
    const result = await runScript("verify", ["--content", POSTPONED, postponedSite]);
    expect(result.stderr + result.stdout).not.toContain("✗");
    expect(result.status).toBe(0);

    const lock = readLock(POSTPONED, fixturesDir);
    if (!lock.ok) throw new Error("the fixture's lock reads");
    const content = loadContent(POSTPONED, fixturesDir);
    const served = siteReader(postponedSite);
    const verify = (read: SiteReader) => verifySite({ read, content, lock: lock.value });
    const without =
      (gone: string): SiteReader =>
      (path) =>
        path === gone ? Promise.resolve(undefined) : served(path);
    expect(await verify(without("/privacy/2027-01-01/"))).toEqual([
      "privacy/2027-01-01.md: postponed, but the site has no page /privacy/2027-01-01/",
    ]);
    const elsewhere: SiteReader = async (path) =>
      path === "/privacy/2027-01-01/" ? served("/privacy/2026-01-01/") : served(path);
    expect(await verify(elsewhere)).toEqual([
      "privacy/2027-01-01.md: the page /privacy/2027-01-01/ does not lead to /privacy/2027-02-01/, where it was postponed",
    ]);
    expect(await verify(without("/privacy/changes/2027-01-01/"))).toEqual([
      "privacy/2027-01-01.md: postponed, but the site has no page /privacy/changes/2027-01-01/",
    ]);
  });

  it("serves no source at the old date, and verify reports one left by an earlier deploy", async () => {
    // The old date serves its page and its changes page, which lead to the new date; the
    // text (with its postponed: entry) is served at the new date only.
    expect(existsSync(join(postponedSite, "privacy/2027-01-01.md"))).toBe(false);
    expect(existsSync(join(postponedSite, "privacy/2027-02-01.md"))).toBe(true);
    const lock = readLock(POSTPONED, fixturesDir);
    if (!lock.ok) throw new Error("the fixture's lock reads");
    const served = siteReader(postponedSite);
    const stale: SiteReader = (path) =>
      path === "/privacy/2027-01-01.md"
        ? Promise.resolve(new TextEncoder().encode("the text as first announced"))
        : served(path);
    expect(
      await verifySite({
        read: stale,
        content: loadContent(POSTPONED, fixturesDir),
        lock: lock.value,
      }),
    ).toEqual([
      "privacy/2027-01-01.md: postponed to 2027-02-01, but the site still serves /privacy/2027-01-01.md, which the build no longer writes (its text is at /privacy/2027-02-01.md): deploy the build whole, deleting files it did not write",
    ]);
  });
});

describe("acceptance receipts", () => {
  // A fresh validator each time: Ajv refuses to compile two schemas with the same $id.
  const validate = () =>
    new Ajv2020({ strict: true }).compile(
      JSON.parse(read(postponedSite, "api/receipt.schema.json")) as object,
    );

  it("give the version in effect and the next one, in the API and footer.json, valid against the published JSON Schema", () => {
    const check = validate();
    const fromApi = api(postponedSite).receipts;
    const fromFooter = JSON.parse(read(postponedSite, "embed/footer.json")).policies[0].receipts;
    expect(fromFooter).toEqual(fromApi);
    const { current, next } = fromApi;
    expect(current).toMatchObject({ policy: "privacy", effective: "2026-01-01", language: "en" });
    expect(next).toMatchObject({ effective: "2027-02-01", url: `${SITE}/privacy/2027-02-01/` });
    for (const receipt of [current, next]) {
      expect(check(receipt), JSON.stringify(check.errors)).toBe(true);
      expect(receiptSchema.parse(receipt)).toEqual(receipt);
    }
    // The hash is the served source's: a related site can check it.
    const source = readFileSync(join(postponedSite, "privacy/2027-02-01.md"));
    expect(next?.sha256).toBe(createHash("sha256").update(source).digest("hex"));
  });

  it("the schema refuses a receipt without its hash or with a field it does not know", () => {
    const check = validate();
    const { current } = api(postponedSite).receipts;
    expect(check(current)).toBe(true);
    expect(check({ ...current, sha256: undefined })).toBe(false);
    expect(check({ ...current, sha256: "not a hash" })).toBe(false);
    expect(check({ ...current, accepted_by: "someone" })).toBe(false);
  });
});

describe("JSON-LD on every version page", () => {
  const jsonLd = (root: string, path: string) =>
    elements(root, path, "type", "application/ld+json").map(
      (node) => JSON.parse(toString(node)) as Record<string, unknown>,
    );

  it("states the document, its version, dates, hash and the version it is based on", () => {
    const [document] = jsonLd(postponedSite, "privacy/2027-02-01/index.html");
    expect(document).toMatchObject({
      "@context": "https://schema.org",
      "@type": "DigitalDocument",
      url: `${SITE}/privacy/2027-02-01/`,
      version: "2027-02-01",
      datePublished: "2026-11-20",
      dateModified: "2026-12-01",
      inLanguage: "en",
      temporalCoverage: "2027-02-01/..",
      isBasedOn: `${SITE}/privacy/2026-01-01/`,
      identifier: { propertyID: "sha256", value: api(postponedSite).versions[1]?.sha256 },
    });
    const [first] = jsonLd(postponedSite, "privacy/2026-01-01/index.html");
    expect(first).toMatchObject({ temporalCoverage: "2026-01-01/2027-02-01" });
    expect(first).not.toHaveProperty("isBasedOn");
    expect(jsonLd(withdrawnSite, "privacy/2027-01-15/index.html")[0]).toMatchObject({
      creativeWorkStatus: "Withdrawn",
    });
  });
});
