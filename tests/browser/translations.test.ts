/**
 * The translated site (tests/fixtures/translations/) in Chromium: a search from /de/
 * searches the German text and leads into the German tree, the English search does not
 * see German words, and the translated pages, left-to-right and right-to-left, pass axe.
 */
import { axeViolations } from "../support/axe.ts";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, serveDirectory, type StaticServer } from "../support/browser.ts";
import { fixturesDir } from "../support/build.ts";
import { builtSite } from "../support/sites.ts";

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  const site = await builtSite("2027-01-10", join(fixturesDir, "translations"));
  browser = await launchBrowser();
  server = await serveDirectory(site);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The search message once it names `query` in the page's quotation marks (German: „…“). */
async function searchMessage(page: Page, query: string, quotes = "“”"): Promise<string> {
  const message = page.locator("[data-search-message]");
  await expect
    .poll(() => message.textContent(), { timeout: 10_000 })
    .toContain(`${quotes[0]}${query}${quotes[1]}`);
  return (await message.textContent()) ?? "";
}
const results = (page: Page) => page.locator("[data-search-results] > li");

describe("search in each language", () => {
  it("from /de/ searches the German text and leads to the German version", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/de/privacy/`);
    await page
      .getByRole("search", { name: "Richtlinien durchsuchen" })
      .getByRole("searchbox")
      .fill("Aufbewahrung");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/de\/search\/\?q=Aufbewahrung/);
    await expect.poll(() => results(page).count(), { timeout: 10_000 }).toBe(1);
    expect(await results(page).getByRole("link").getAttribute("href")).toBe(
      "/de/privacy/2026-12-16/#aufbewahrung-von-daten",
    );
    await page.close();
  });

  it("from /search/ searches the English text only", async () => {
    const page = await browser.newPage();
    // "respektiert" is on every German version and on no English one.
    await page.goto(`${server.origin}/search/?q=respektiert&all=1`);
    expect(await searchMessage(page, "respektiert")).toBe(
      "No results for “respektiert” in all versions, past and upcoming included.",
    );
    expect(await results(page).count()).toBe(0);
    await page.goto(`${server.origin}/search/?q=retention&all=1`);
    await expect.poll(() => results(page).count(), { timeout: 10_000 }).toBe(1);
    expect(await results(page).getByRole("link").getAttribute("href")).toBe(
      "/privacy/2026-12-16/#data-retention",
    );
    await page.close();
  });

  it("from /ar/ searches the Arabic text", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/ar/search/?q=${encodeURIComponent("الخصوصية")}&all=1`);
    await expect.poll(() => results(page).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await results(page).first().getByRole("link").getAttribute("href")).toMatch(
      /^\/ar\/privacy\/2014-03-15\//,
    );
    await page.close();
  });
});

describe("the scripts' words in German", () => {
  it("says a German search's result and its absence in German", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/de/search/?q=Aufbewahrung`);
    expect(await searchMessage(page, "Aufbewahrung", "„“")).toBe(
      "1 Treffer für „Aufbewahrung“ in den heute geltenden Fassungen.",
    );
    await expect
      .poll(() => results(page).first().locator("[data-search-result-status]").textContent())
      .toBe("In Kraft");
    expect(await results(page).first().locator(".meta").textContent()).toContain(
      "Datenschutzerklärung · Gültig ab 16. Dezember 2026",
    );
    await page.goto(`${server.origin}/de/search/?q=Zebrastreifen&all=1`);
    expect(await searchMessage(page, "Zebrastreifen", "„“")).toBe(
      "Keine Treffer für „Zebrastreifen“ in allen Fassungen, einschließlich früherer und bevorstehender.",
    );
    await page.close();
  });

  it("compares two German versions with German labels, messages and redline", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/de/privacy/compare/?from=2026-12-16&to=2014-03-15`);
    const result = page.locator("[data-compare-result]");
    await expect
      .poll(() => result.getAttribute("data-compared"), { timeout: 10_000 })
      .toBe("2014-03-15..2026-12-16");
    const status = (await page.locator("[data-compare-status]").textContent()) ?? "";
    expect(status).toContain("Die Daten wurden in umgekehrter Reihenfolge angegeben");
    expect(status).toContain("15. März 2014 mit 16. Dezember 2026 (aktuell) verglichen.");
    const said = (await result.innerText()).replace(/\s+/g, " ");
    // In order: the summary, the inline view (folds, change navigation), the side-by-side view.
    expect(said).toMatch(
      /Was sich geändert hat[^]*Im Text[^]*Unverändert: [^]*Änderung 1 von [^]*Nebeneinander[^]*Vorher \(/,
    );
    expect(said).toContain("Aufbewahrung von Daten");
    expect(said).not.toMatch(/unchanged|Change 1 of|Before \(|What changed|Side by side/);
    await page.goto(`${server.origin}/de/privacy/compare/?from=2020-01-01&to=2026-12-16`);
    await expect
      .poll(() => page.locator("[data-compare-status]").textContent())
      .toContain("Am 1. Januar 2020 ist keine Fassung in Kraft getreten");
    await page.close();
  });
});

describe("accessibility of translated pages", () => {
  it.each([
    "/de/",
    "/de/privacy/",
    "/de/privacy/2014-03-15/",
    "/de/privacy/history/",
    "/de/privacy/changes/2026-12-16/",
    "/de/privacy/compare/",
    "/de/search/",
    "/ar/privacy/",
    "/ar/privacy/2014-03-15/",
    "/ar/privacy/changes/2026-12-16/",
    "/ar/search/",
  ])("%s has no axe violations", async (path) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      const response = await page.goto(`${server.origin}${path}`);
      expect(response?.status(), `${path} is served`).toBe(200);
      expect(await axeViolations(page), `axe on ${path}`).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
