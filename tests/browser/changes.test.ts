/**
 * The notice's stale check and the compare page, in Chromium against built seed sites.
 * The page's clock is set by Playwright: a page built on IN_NOTICE (2026-11-28) and read
 * weeks later must not keep saying what was true on the day it was built.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { copyContent, fixturesDir } from "../support/build.ts";
import { launchBrowser, serveDirectory, type StaticServer } from "../support/browser.ts";
import { IN_NOTICE, builtSite } from "../support/sites.ts";

let browser: Browser;
let advance: StaticServer;
let fromChange: StaticServer;
/** tests/fixtures/text-changes: one version per kind of change. */
let kinds: StaticServer;

beforeAll(async () => {
  // The same content under the from-change rule: the notice runs 30 days past the effective day.
  const content = copyContent();
  const siteYml = join(content, "site.yml");
  writeFileSync(
    siteYml,
    readFileSync(siteYml, "utf8").replace(/^notice_rule: advance$/m, "notice_rule: from-change"),
  );
  const [advanceSite, fromChangeSite] = [
    await builtSite(IN_NOTICE),
    await builtSite(IN_NOTICE, content),
  ];
  const kindsSite = await builtSite("2020-06-01", join(fixturesDir, "text-changes"));
  browser = await launchBrowser();
  advance = await serveDirectory(advanceSite);
  fromChange = await serveDirectory(fromChangeSite);
  kinds = await serveDirectory(kindsSite);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await advance?.close();
  await fromChange?.close();
  await kinds?.close();
});

/** Opens `url` with the page's clock fixed at `instant`. */
async function openAt(url: string, instant: string): Promise<Page> {
  const page = await browser.newPage();
  await page.clock.setFixedTime(new Date(instant));
  await page.goto(url);
  await page.waitForLoadState("load");
  return page;
}

const notice = (page: Page) => page.locator("[data-policy-notice]");
const newerLine = (page: Page) => page.locator("[data-newer-version]:not([hidden])");

describe("the notice re-checked against the reader's clock", () => {
  it("as built: 'will change' the day before the effective day in Los Angeles (07:30 UTC on the 16th)", async () => {
    const page = await openAt(`${advance.origin}/privacy/`, "2026-12-16T07:30:00Z");
    await expect.poll(() => notice(page).isVisible()).toBe(true);
    expect((await notice(page).locator("h2").innerText()).trim()).toBe(
      "This policy will change on December 16, 2026, tomorrow",
    );
    expect(await newerLine(page).count()).toBe(0);
    await page.close();
  });

  it("once the window has ended, hides the notice and says a newer version took effect, linking to it", async () => {
    const page = await openAt(`${advance.origin}/privacy/`, "2026-12-16T09:00:00Z");
    await expect.poll(() => newerLine(page).count()).toBe(1);
    expect(await notice(page).isHidden()).toBe(true);
    expect((await newerLine(page).innerText()).trim()).toBe(
      "A newer version took effect on December 16, 2026: read it",
    );
    expect(await newerLine(page).getByRole("link", { name: "read it" }).getAttribute("href")).toBe(
      "/privacy/2026-12-16/",
    );
    await page.close();
  });

  it("switches 'will change' to 'changed' after the effective day while the window still runs", async () => {
    const page = await openAt(`${fromChange.origin}/privacy/2014-03-15/`, "2026-12-20T12:00:00Z");
    await expect
      .poll(async () => (await notice(page).locator("h2").innerText()).trim())
      .toBe("This policy changed on December 16, 2026");
    expect(await notice(page).innerText()).toContain("What changed: Illustrative sample content");
    expect(
      await notice(page).getByRole("link", { name: "See what changed" }).getAttribute("href"),
    ).toBe("/privacy/changes/2026-12-16/");
    await page.close();
  });

  it("hides the from-change notice once its 30 days after the change are over", async () => {
    const page = await openAt(`${fromChange.origin}/privacy/`, "2027-01-15T12:00:00Z");
    await expect.poll(() => notice(page).isHidden()).toBe(true);
    await page.close();
  });
});

describe("the compare page", () => {
  const result = (page: Page) => page.locator("[data-compare-result]");

  it("compares the two versions named in the URL, in the browser", async () => {
    const page = await browser.newPage();
    await page.goto(`${advance.origin}/privacy/compare/?from=2014-03-15&to=2026-12-16`);
    await expect
      .poll(() => result(page).getAttribute("data-compared"), { timeout: 15_000 })
      .toBe("2014-03-15..2026-12-16");
    const inline = result(page).locator("[data-redline-inline]");
    // Each change starts with words for screen readers, visually hidden.
    expect(await inline.locator("del").allTextContents()).toContain("deleted: a reasonable period");
    expect(await inline.locator("ins").allTextContents()).toContain("inserted: 30 days");
    expect(
      await result(page).getByRole("link", { name: "Data Retention" }).getAttribute("href"),
    ).toBe("#new-data-retention");
    expect(await page.locator("#new-data-retention").count()).toBe(1);
    // The changes page's layout: numbered changes, folded unchanged runs, the kind of change.
    expect(await inline.locator("#change-1 .rl-change-nav").innerText()).toMatch(
      /^Change 1 of \d+/,
    );
    expect(await inline.locator("details.rl-unchanged").count()).toBeGreaterThan(0);
    expect(await result(page).locator("[data-text-change]").getAttribute("data-text-change")).toBe(
      "wording",
    );
    await page.close();
  });

  it("the selects change the URL (the link to share) and the comparison, older version first", async () => {
    const page = await browser.newPage();
    await page.goto(`${advance.origin}/privacy/compare/`);
    await page.getByLabel("Older version").selectOption("2026-12-16");
    await page.getByLabel("Newer version").selectOption("2014-03-15");
    // Chosen the wrong way round, they are put in order: a reversed redline would say
    // the 2026 version removed what it added.
    await page.waitForURL(/\/privacy\/compare\/\?from=2014-03-15&to=2026-12-16$/);
    await expect
      .poll(() => result(page).getAttribute("data-compared"), { timeout: 15_000 })
      .toBe("2014-03-15..2026-12-16");
    expect(await page.getByLabel("Older version").inputValue()).toBe("2014-03-15");
    expect(await result(page).locator("ins").allTextContents()).toContain("inserted: 30 days");
    expect(await page.locator("[data-compare-status]").textContent()).toContain("other way round");
    await page.close();
  });

  it("the changes page and the compare page with its result pass axe", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${advance.origin}/privacy/changes/2026-12-16/`);
    const changes = await new AxeBuilder({ page }).analyze();
    expect(changes.violations.map((v) => v.id)).toEqual([]);
    await page.goto(`${advance.origin}/privacy/compare/?from=2014-03-15&to=2026-12-16`);
    await expect
      .poll(() => result(page).getAttribute("data-compared"), { timeout: 15_000 })
      .toBeTruthy();
    const compare = await new AxeBuilder({ page }).analyze();
    expect(compare.violations.map((v) => v.id)).toEqual([]);
    await context.close();
  });
});

describe("a changes page as a reader gets it", () => {
  const changes = "/privacy/changes/2026-12-16/";

  it.each([
    ["the seed's material change", () => `${advance.origin}${changes}`],
    ["a link change", () => `${kinds.origin}/privacy/changes/2020-04-01/`],
  ])("%s fits a 390 px wide phone: no sideways scrolling", async (_, url) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(url());
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    // Opened, the folded passages fit too.
    await page.evaluate(() => {
      for (const details of document.querySelectorAll("details")) details.open = true;
    });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    await context.close();
  });

  it("printed, shows the inline changes once: side by side and navigation hidden, unchanged runs folded", async () => {
    const page = await browser.newPage();
    await page.goto(`${advance.origin}${changes}`);
    await page.emulateMedia({ media: "print" });
    expect(await page.locator("[data-redline-inline]").isVisible()).toBe(true);
    expect(await page.locator("[data-redline-side-by-side]").isVisible()).toBe(false);
    expect(await page.locator(".rl-change-nav").first().isVisible()).toBe(false);
    const folded = page.locator("[data-redline-inline] details.rl-unchanged").first();
    expect(await folded.locator("summary").isVisible()).toBe(true);
    expect(await folded.locator("p").first().isVisible()).toBe(false);
    expect(await page.locator("[data-redline-inline] ins").first().isVisible()).toBe(true);
    await page.close();
  });

  it("printed, a changed link shows its old and new target as text", async () => {
    const page = await browser.newPage();
    await page.goto(`${kinds.origin}/privacy/changes/2020-04-01/`);
    await page.emulateMedia({ media: "print" });
    const note = page.locator("[data-redline-inline] .rl-link-note");
    expect(await note.isVisible()).toBe(true);
    expect((await note.innerText()).trim()).toBe(
      "(link changed: was https://example.com/cookies, now https://example.com/legal/cookies)",
    );
    await page.close();
  });

  it("goes from change to change with the next and previous links", async () => {
    const page = await browser.newPage();
    await page.goto(`${advance.origin}${changes}#change-1`);
    const first = page.locator("#change-1");
    await first.getByRole("link", { name: "next" }).click();
    await page.waitForURL(/#change-2$/);
    await page.locator("#change-2").getByRole("link", { name: "previous" }).click();
    await page.waitForURL(/#change-1$/);
    await page.close();
  });

  it("opens a folded run of unchanged text without JavaScript", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${advance.origin}${changes}`);
    const folded = page.locator("[data-redline-inline] details.rl-unchanged").first();
    expect(await folded.locator("p").first().isVisible()).toBe(false);
    await folded.locator("summary").click();
    expect(await folded.locator("p").first().isVisible()).toBe(true);
    await context.close();
  });
});
