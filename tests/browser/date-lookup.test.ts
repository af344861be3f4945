/**
 * "In effect on a date" in a real browser: `/privacy/on/?date=…` leads to the version in
 * effect that day, the history page's date field gets there, and without JavaScript the
 * page still lists every version with its dates.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchBrowser, serveDirectory, type StaticServer } from "../support/browser.ts";
import { IN_NOTICE, builtSite } from "../support/sites.ts";

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  const site = await builtSite(IN_NOTICE);
  browser = await launchBrowser();
  server = await serveDirectory(site);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("the version in effect on a date", () => {
  it.each([
    ["2014-03-15", "/privacy/2014-03-15/"],
    ["2026-12-15", "/privacy/2014-03-15/"],
    ["2026-12-16", "/privacy/2026-12-16/"],
  ])("?date=%s leads to %s", async (date, path) => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/privacy/on/?date=${date}`);
    await page.waitForURL(`${server.origin}${path}`);
    await page.close();
  });

  it.each([
    [
      "2014-03-14",
      /did not exist yet on March 14, 2014: its first version took effect on March 15, 2014/,
    ],
    ["2014-02-30", /is not a date/],
  ])("?date=%s stays and says why", async (date, message) => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/privacy/on/?date=${date}`);
    await expect.poll(() => page.locator("[data-lookup-result]").textContent()).toMatch(message);
    expect(new URL(page.url()).pathname).toBe("/privacy/on/");
    await page.close();
  });

  it("the history page's date field leads there", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/privacy/history/`);
    await page.getByLabel("Which version was in effect on").fill("2020-06-01");
    await page.getByRole("button", { name: "Show it" }).click();
    await page.waitForURL(`${server.origin}/privacy/2014-03-15/`);
    await page.close();
  });

  it("without JavaScript, lists every version with the days it was in effect", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.origin}/privacy/on/?date=2020-06-01`);
    const items = await page.locator("[data-lookup-list] li").allTextContents();
    expect(items.map((item) => item.replace(/\s+/g, " ").trim())).toEqual([
      "March 15, 2014 to December 15, 2026",
      "December 16, 2026 onwards",
    ]);
    await context.close();
  });
});
