/**
 * Search as a reader uses it: the built seed site served by a static server, driven in
 * Chromium. The seed has one policy with two versions; on IN_NOTICE the 2014 version
 * is in effect and the 2026 one is upcoming, on AFTER_NOTICE the 2014 one is archived.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { serveDirectory, type StaticServer } from "../support/browser.ts";
import { seedSiteInBrowser } from "../support/seed-browser.ts";
import { builtSite } from "../support/sites.ts";

const seed = seedSiteInBrowser();

async function openPage(url: string): Promise<{ page: Page; requests: string[] }> {
  const page = await seed.browser.newPage();
  const requests: string[] = [];
  page.on("request", (request) => requests.push(new URL(request.url()).pathname));
  await page.goto(url);
  return { page, requests };
}

/** Waits for the search page to report on its search, and returns what it says. */
async function searchMessage(page: Page, query: string): Promise<string> {
  const message = page.locator("[data-search-message]");
  await expect.poll(() => message.textContent(), { timeout: 10_000 }).toContain(`“${query}”`);
  return (await message.textContent()) ?? "";
}

function results(page: Page) {
  return page.locator("[data-search-results] > li");
}

describe("search on the seed site", () => {
  it("finds 'cookies' from the header field and leads to the Use of Cookies section of the current policy", async () => {
    const { page } = await openPage(`${seed.inNotice.origin}/privacy/`);
    await page
      .getByRole("search", { name: "Search the policies" })
      .getByRole("searchbox")
      .fill("cookies");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/search\/\?q=cookies$/);

    expect(await searchMessage(page, "cookies")).toBe(
      "1 result for “cookies” in the versions in effect today.",
    );
    const first = results(page).first();
    const link = first.getByRole("link");
    expect(await link.textContent()).toBe("Use of Cookies");
    expect(await link.getAttribute("href")).toBe("/privacy/2014-03-15/#use-of-cookies");
    expect(await first.locator(".meta").textContent()).toContain(
      "Privacy Policy · Effective March 15, 2014",
    );
    expect(await first.locator("[data-search-result-status]").textContent()).toBe("In effect");
    expect((await first.locator("mark").allTextContents()).join(" ").toLowerCase()).toContain(
      "cookie",
    );

    await link.click();
    await page.waitForURL(/\/privacy\/2014-03-15\/#use-of-cookies$/);
    expect(await page.locator(":target").textContent()).toBe("Use of Cookies");
    expect(await page.locator(":target").isVisible()).toBe(true);
    await page.close();
  });

  it("works from its URL: the query, the filters and the results come from the address", async () => {
    const { page } = await openPage(
      `${seed.inNotice.origin}/search/?q=retention&all=1&policy=privacy`,
    );
    await searchMessage(page, "retention");
    expect(await page.getByLabel("Search for").inputValue()).toBe("retention");
    expect(await page.getByLabel("Include past and upcoming versions").isChecked()).toBe(true);
    expect(await page.getByLabel("Policy").inputValue()).toBe("privacy");
    expect(await results(page).getByRole("link").getAttribute("href")).toBe(
      "/privacy/2026-12-16/#data-retention",
    );
    await page.close();
  });

  it("covers today's versions by default; the filter adds upcoming ones, marked as upcoming, and the URL follows", async () => {
    const { page } = await openPage(`${seed.inNotice.origin}/search/?q=retention`);
    expect(await searchMessage(page, "retention")).toBe(
      "No results for “retention” in the versions in effect today. Upcoming versions have 1 result and past versions no results for it.",
    );
    expect(await results(page).count()).toBe(0);

    await page.getByLabel("Include past and upcoming versions").check();
    await expect.poll(() => results(page).count()).toBe(1);
    const result = results(page).first();
    expect(await result.getByRole("link").getAttribute("href")).toBe(
      "/privacy/2026-12-16/#data-retention",
    );
    expect(await result.locator(".meta").textContent()).toContain("Takes effect December 16, 2026");
    expect(await result.locator("[data-search-result-status]").textContent()).toBe("Upcoming");
    expect(new URL(page.url()).search).toBe("?q=retention&all=1");
    await page.close();
  });

  it("finds text that only an archived version has once past versions are included", async () => {
    // A quoted phrase matches those words in that order: the 2026 version also has
    // "reasonable" and "periodically", but only the 2014 one has this promise.
    const phrase = '"reasonable period of time"';
    const { page } = await openPage(
      `${seed.afterNotice.origin}/search/?q=${encodeURIComponent(phrase)}`,
    );
    expect(await searchMessage(page, phrase)).toMatch(/^No results/);

    await page.getByLabel("Include past and upcoming versions").check();
    await expect.poll(() => results(page).count()).toBe(1);
    const result = results(page).first();
    expect(await result.getByRole("link").getAttribute("href")).toBe(
      "/privacy/2014-03-15/#access-to-your-information",
    );
    expect(await result.locator("[data-search-result-status]").textContent()).toBe("Archived");
    expect(await result.locator(".meta").textContent()).toContain("Effective March 15, 2014");
    await page.close();
  });

  it("narrows to one policy and says so", async () => {
    const { page } = await openPage(`${seed.inNotice.origin}/search/?q=cookies&all=1`);
    expect(await searchMessage(page, "cookies")).toBe(
      "2 results for “cookies” in all versions, past and upcoming included, by version: in effect, then upcoming, then past versions newest first.",
    );
    await page.getByLabel("Policy").selectOption("privacy");
    await expect
      .poll(() => page.locator("[data-search-message]").textContent())
      .toBe(
        "2 results for “cookies” in all versions of the Privacy Policy, past and upcoming included, by version: in effect, then upcoming, then past versions newest first.",
      );
    expect(new URL(page.url()).search).toBe("?q=cookies&all=1&policy=privacy");
    await page.close();
  });

  it("shows results while the reader types, without a page load", async () => {
    const { page } = await openPage(`${seed.inNotice.origin}/search/`);
    await page.getByLabel("Search for").pressSequentially("cookie", { delay: 30 });
    await expect.poll(() => new URL(page.url()).search).toBe("?q=cookie");
    expect(await searchMessage(page, "cookie")).toBe(
      "1 result for “cookie” in the versions in effect today.",
    );
    expect(await results(page).count()).toBe(1);
    await page.close();
  });

  it("indexes the policy text only: not the skip link, status, navigation or other pages", async () => {
    const { page } = await openPage(`${seed.afterNotice.origin}/search/?all=1`);
    // Words on the version pages (skip link, header field, "Archived: … until …", version
    // navigation) that the policy text itself never uses.
    for (const query of ["skip", "search", "archived", "until", "versions", "next"]) {
      await page.getByLabel("Search for").fill(query);
      await page.keyboard.press("Enter");
      await searchMessage(page, query);
      // Pagefind splits a word it does not know into words it does ("a" + …), so results
      // may still appear; none may match the word itself.
      const marked = await results(page).locator("mark").allTextContents();
      expect(
        marked.filter((text) => text.toLowerCase().includes(query)),
        query,
      ).toEqual([]);
    }
    // Every result is a section of a version at its permanent URL, once: never /privacy/
    // or the history page.
    await page.getByLabel("Search for").fill("information");
    await page.keyboard.press("Enter");
    await searchMessage(page, "information");
    const hrefs = await results(page)
      .getByRole("link")
      .evaluateAll((links) => links.map((link) => link.getAttribute("href")));
    expect(hrefs.length).toBeGreaterThan(1);
    for (const href of hrefs) expect(href).toMatch(/^\/privacy\/\d{4}-\d{2}-\d{2}\/#[a-z-]+$/);
    expect(new Set(hrefs).size).toBe(hrefs.length);
    await page.close();
  });

  it("lists a section once however many versions have its text, at the version in effect", async () => {
    // "Children's Privacy" reads the same in both versions.
    const { page } = await openPage(`${seed.afterNotice.origin}/search/?q=children&all=1`);
    expect(await searchMessage(page, "children")).toBe(
      "1 result for “children” in all versions, past and upcoming included, by version: in effect, then upcoming, then past versions newest first.",
    );
    const result = results(page).first();
    expect(await result.getByRole("link").getAttribute("href")).toBe(
      "/privacy/2026-12-16/#childrens-privacy",
    );
    expect(await result.locator("[data-search-result-status]").textContent()).toBe("In effect");
    expect(await result.locator(".meta").textContent()).toContain(
      "the same text is in 1 other version",
    );
    await page.close();
  });

  it("shows nothing when no section has every word, and offers the words one section has together", async () => {
    // In the 2026 version "cookies" and "retention" are in different sections.
    const { page } = await openPage(`${seed.afterNotice.origin}/search/?q=cookies+retention`);
    expect(await searchMessage(page, "cookies retention")).toBe(
      "No section of the versions in effect today has every word of “cookies retention”.",
    );
    expect(await results(page).count()).toBe(0);
    expect(await page.locator("[data-search-offer='relaxed']").textContent()).toMatch(
      /^Search for fewer words instead: “(cookies|retention)” \(1 result, not all of them with every word you typed\)$/,
    );
    await page.close();
  });

  it("loads no search code on other pages, and on the search page only once the reader searches", async () => {
    for (const path of ["/", "/privacy/", "/privacy/2014-03-15/", "/privacy/history/"]) {
      const { page, requests } = await openPage(`${seed.inNotice.origin}${path}`);
      await page.waitForLoadState("networkidle");
      expect(
        requests.filter((request) => /\/pagefind\/|search/.test(request)),
        path,
      ).toEqual([]);
      // The header's search field is a plain form: it works with scripts off.
      expect(await page.locator("form.site-search").getAttribute("action"), path).toBe("/search/");
      await page.close();
    }

    const { page, requests } = await openPage(`${seed.inNotice.origin}/search/`);
    await page.waitForLoadState("networkidle");
    expect(requests.filter((request) => request.startsWith("/pagefind/"))).toEqual([]);
    await page.getByLabel("Search for").fill("cookies");
    await expect.poll(() => results(page).count()).toBe(1);
    // Today's versions come from their own small bundle; all versions from the full one.
    expect(requests).toContain("/pagefind/in-effect/pagefind.js");
    expect(requests).not.toContain("/pagefind/pagefind.js");
    await page.getByLabel("Include past and upcoming versions").check();
    await searchMessage(page, "cookies");
    await expect.poll(() => requests).toContain("/pagefind/pagefind.js");
    await page.close();
  });

  it("works with the keyboard alone: skip link, search field, results, section", async () => {
    const { page } = await openPage(`${seed.inNotice.origin}/`);
    const focused = () =>
      page.evaluate(() => {
        const element = document.activeElement;
        return element
          ? `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ""}`
          : "";
      });
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to content");

    const tabUntil = async (target: () => Promise<boolean>, limit: number) => {
      for (let presses = 0; presses < limit; presses++) {
        if (await target()) return;
        await page.keyboard.press("Tab");
      }
      throw new Error(`never reached with ${limit} Tab presses; focus is on ${await focused()}`);
    };
    await tabUntil(async () => (await focused()) === "input#site-search-q", 10);
    await page.keyboard.type("cookies");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/search\/\?q=cookies$/);
    await searchMessage(page, "cookies");

    const firstResult = results(page).first().getByRole("link");
    await tabUntil(() => firstResult.evaluate((link) => link === document.activeElement), 20);
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/privacy\/2014-03-15\/#use-of-cookies$/);
    expect(await page.locator(":target").textContent()).toBe("Use of Cookies");
    await page.close();
  });
});

describe("search before any version has taken effect", () => {
  // A new site may publish its first policy ahead of its effective date.
  const BEFORE_FIRST_VERSION = "2014-01-01";
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveDirectory(await builtSite(BEFORE_FIRST_VERSION));
  });
  afterAll(async () => {
    await server?.close();
  });

  it("says there is nothing in effect yet, loads no index, and finds the upcoming text once asked", async () => {
    const page = await seed.browser.newPage();
    const requests: string[] = [];
    page.on("request", (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(`${server.origin}/search/?q=cookies`);
    expect(await searchMessage(page, "cookies")).toBe(
      "No results for “cookies” in the versions in effect today: no version has taken effect yet. Include upcoming versions to search them.",
    );
    expect(requests.filter((request) => request.startsWith("/pagefind/"))).toEqual([]);

    await page.getByLabel("Include past and upcoming versions").check();
    await expect.poll(() => results(page).count()).toBe(2);
    expect(await results(page).locator("[data-search-result-status]").allTextContents()).toEqual([
      "Upcoming",
      "Upcoming",
    ]);
    await page.close();
  });
});
