/**
 * The acceptance receipt end to end (issue 14), in real Chromium: a related site's sign-up
 * page (tests/fixtures/related-site/) fetches footer.json from the policy site, stores the
 * receipt of the version in effect when the user accepts; once a newer version is in
 * effect, it links to `/<policy>/compare/?from=<accepted date>`, which shows the redline
 * from the accepted version to the one in effect.
 */
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, serveDirectory, type StaticServer } from "../support/browser.ts";
import { fixturesDir } from "../support/build.ts";
import { builtSite, IN_NOTICE } from "../support/sites.ts";

const CONTENT = join(fixturesDir, "lifecycle-postponed");
/** The policy site before the postponed change took effect, and after. */
const BEFORE = "2026-12-10";
const AFTER = "2027-03-01";
// footer.json is fetched across origins: the README asks hosts to serve it so.
const CORS = { "Access-Control-Allow-Origin": "*" };

let browser: Browser;
let before: StaticServer;
let after: StaticServer;
let related: StaticServer;
/** Several versions, one upcoming: "since" must stop at the version in effect. */
let readers: StaticServer;

beforeAll(async () => {
  const [beforeSite, afterSite, readersSite] = await Promise.all([
    builtSite(BEFORE, CONTENT),
    builtSite(AFTER, CONTENT),
    builtSite(IN_NOTICE, join(fixturesDir, "readers")),
  ]);
  [before, after, related, readers] = await Promise.all([
    serveDirectory(beforeSite, CORS),
    serveDirectory(afterSite, CORS),
    serveDirectory(join(fixturesDir, "related-site")),
    serveDirectory(readersSite),
  ]);
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await Promise.all([before, after, related, readers].map((server) => server?.close()));
});

const text = (page: Page, selector: string) =>
  page.locator(selector).innerText({ timeout: 10_000 });
/** Opens the related site's page and waits until it has read footer.json. */
async function openSignUp(page: Page, policySite: StaticServer) {
  await page.goto(`${related.origin}/accept.html?policies=${policySite.origin}`);
  await page.waitForFunction(
    () => !document.querySelector("[data-policy-status]")?.textContent?.startsWith("Loading"),
  );
}

describe("a related site records what a user accepted and later shows what changed", () => {
  it("stores the receipt, then links to the compare page from the accepted version", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));

    // Day 1: the user accepts the version in effect.
    await openSignUp(page, before);
    await page.locator("[data-accept]").click();
    expect(await text(page, "[data-policy-status]")).toMatch(
      /^Accepted: the version of 2026-01-01 \(SHA-256 [0-9a-f]{64}\)\.$/,
    );
    const stored = JSON.parse(
      (await page.evaluate(() => localStorage.getItem("accepted-receipt:privacy"))) ?? "null",
    );
    expect(stored).toEqual({
      policy: "privacy",
      effective: "2026-01-01",
      url: "https://policies.example.com/privacy/2026-01-01/",
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      language: "en",
    });

    // Same day, again: nothing changed, so no link.
    await openSignUp(page, before);
    expect(await text(page, "[data-policy-status]")).toBe(
      "You accepted the version in effect, of 2026-01-01.",
    );
    expect(await page.locator("[data-changed]").isHidden()).toBe(true);

    // Later: the postponed change took effect; the page links to what changed since.
    await openSignUp(page, after);
    const link = page.locator("[data-compare-link]");
    expect(await link.getAttribute("href", { timeout: 10_000 })).toBe(
      `${after.origin}/privacy/compare/?from=2026-01-01`,
    );
    await link.click();
    await page.waitForSelector("[data-compare-result][data-compared]");
    expect(await page.locator("[data-compare-result]").getAttribute("data-compared")).toBe(
      "2026-01-01..2027-02-01",
    );
    expect(await text(page, "[data-compare-status]")).toBe(
      "Compared January 1, 2026 with February 1, 2027 (current).",
    );
    // Each insertion is announced to screen readers ("inserted:") before its words.
    expect(await page.locator("[data-compare-result] ins").allInnerTexts()).toContain(
      "inserted:\n90 days",
    );
    expect(page.url()).toBe(`${after.origin}/privacy/compare/?from=2026-01-01&to=2027-02-01`);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it("the compare link of the version still in effect says nothing changed", async () => {
    const page = await browser.newPage();
    await page.goto(`${after.origin}/privacy/compare/?from=2027-02-01`);
    await page.waitForFunction(() =>
      document.querySelector("[data-compare-status]")?.textContent?.includes("nothing changed"),
    );
    expect(await text(page, "[data-compare-status]")).toBe(
      "Both are the version of February 1, 2027 (current): nothing changed between them. Choose two different versions to compare.",
    );
    expect(await page.locator("[data-compare-result]").getAttribute("data-compared")).toBeNull();
    await page.close();
  }, 60_000);

  it("compares the accepted version with the version in effect, not with an upcoming one", async () => {
    const page = await browser.newPage();
    await page.goto(`${readers.origin}/privacy/compare/?from=2022-08-01`);
    await page.waitForSelector("[data-compare-result][data-compared]");
    expect(await page.locator("[data-compare-result]").getAttribute("data-compared")).toBe(
      "2022-08-01..2024-02-01",
    );
    await page.close();
  }, 60_000);
});
