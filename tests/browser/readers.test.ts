/**
 * Issue 11, "readers first", in Chromium against tests/fixtures/readers built as of
 * IN_NOTICE (2026-11-28): versions of 2019-05-01 and 2022-08-01 (past), 2024-02-01
 * (current) and 2026-12-16 (upcoming, material, announced 2026-11-16, so its notice
 * runs), a `subscribe_url`, a wide table and a long unbroken address in the text.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { fixturesDir } from "../support/build.ts";
import { launchBrowser, serveDirectory, type StaticServer } from "../support/browser.ts";
import { IN_NOTICE, builtSite } from "../support/sites.ts";

let browser: Browser;
let site: StaticServer;
let dist: string;

beforeAll(async () => {
  dist = await builtSite(IN_NOTICE, join(fixturesDir, "readers"));
  browser = await launchBrowser();
  site = await serveDirectory(dist);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Evening of the build day in Los Angeles, the site's time zone. */
const BUILD_DAY = "2026-11-28T20:00:00Z";

interface Open {
  page: Page;
  context: BrowserContext;
}

/** Opens `path` with the page's clock at `instant`, in a fresh context of the given size. */
async function open(
  path: string,
  options: { instant?: string; width?: number; colorScheme?: "light" | "dark" } = {},
): Promise<Open> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: 900 },
    colorScheme: options.colorScheme ?? "light",
  });
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date(options.instant ?? BUILD_DAY));
  await page.goto(`${site.origin}${path}`);
  await page.waitForLoadState("load");
  return { page, context };
}

const text = async (page: Page, selector: string) =>
  ((await page.locator(selector).first().innerText()) ?? "").replace(/\s+/g, " ").trim();

describe("1. the notice", () => {
  it("on the current page: what changes, announced and effective dates, days remaining, and links", async () => {
    const { page, context } = await open("/privacy/");
    const notice = page.locator("[data-policy-notice]");
    await expect
      .poll(() => text(page, "[data-policy-notice] h2"))
      .toBe("This policy will change on December 16, 2026, 18 days from today");
    expect(
      await notice
        .locator("time")
        .evaluateAll((times) => times.map((t) => t.getAttribute("datetime"))),
    ).toEqual(["2026-12-16", "2026-11-16"]);
    const body = await text(page, "[data-policy-notice]");
    expect(body).toContain("Announced on November 16, 2026");
    expect(body).toContain(
      "What changes: Adds a Data Retention section and answers access requests within 30 days.",
    );
    const href = (name: string) => notice.getByRole("link", { name }).getAttribute("href");
    expect(await href("See what changes")).toBe("/privacy/changes/2026-12-16/");
    expect(await href("Read the new version")).toBe("/privacy/2026-12-16/");
    expect(await href("Get an e-mail when it changes")).toBe(
      "https://lists.example.com/policy-updates",
    );
    await context.close();
  });

  it("on the upcoming version's own page too, without a link to itself", async () => {
    const { page, context } = await open("/privacy/2026-12-16/");
    const notice = page.locator("[data-policy-notice]");
    expect(await notice.isVisible()).toBe(true);
    expect(await text(page, "[data-policy-notice]")).toContain(
      "What changes: Adds a Data Retention",
    );
    expect(await notice.getByRole("link", { name: "Read the new version" }).count()).toBe(0);
    // Its link to its redline speaks of the future too.
    expect(await text(page, "[data-changes-link]")).toBe(
      "See what will change from the previous version (February 1, 2024)",
    );
    await context.close();
  });

  it.each([
    ["2026-12-10T20:00:00Z", "This policy will change on December 16, 2026, 6 days from today"],
    ["2026-12-15T20:00:00Z", "This policy will change on December 16, 2026, tomorrow"],
  ])(
    "the reader's clock keeps the days remaining right after the build day (%s)",
    async (instant, headline) => {
      const { page, context } = await open("/privacy/", { instant });
      await expect.poll(() => text(page, "[data-policy-notice] h2")).toBe(headline);
      await context.close();
    },
  );

  it("the changes page of a version not yet in effect speaks in the future tense; a past one in the past", async () => {
    const upcoming = await open("/privacy/changes/2026-12-16/");
    expect(await text(upcoming.page, "h1")).toBe(
      "Privacy Policy: what will change on December 16, 2026",
    );
    expect(await text(upcoming.page, "#redline-summary-title")).toBe("What will change");
    await upcoming.context.close();
    // Read on or after that day, the page built before it says what changed.
    const later = await open("/privacy/changes/2026-12-16/", { instant: "2026-12-16T20:00:00Z" });
    await expect
      .poll(() => text(later.page, "h1"))
      .toBe("Privacy Policy: what changed on December 16, 2026");
    expect(await text(later.page, "#redline-summary-title")).toBe("What changed");
    await later.context.close();
    const past = await open("/privacy/changes/2022-08-01/");
    expect(await text(past.page, "h1")).toBe("Privacy Policy: what changed on August 1, 2022");
    await past.context.close();
  });
});

describe("3. banners on versions not in effect", () => {
  it("a past version says when it was in effect, at the top, and links to the version in effect", async () => {
    const { page, context } = await open("/privacy/2022-08-01/", { width: 390 });
    const banner = page.locator("[data-version-banner]");
    expect(await text(page, "[data-version-banner]")).toContain(
      "This version was in effect from August 1, 2022 to January 31, 2024",
    );
    expect(
      await banner.getByRole("link", { name: "Read the version in effect" }).getAttribute("href"),
    ).toBe("/privacy/");
    // Before the title, and in the first screen of a phone.
    const bannerBox = await banner.boundingBox();
    const titleBox = await page.locator("h1").boundingBox();
    expect(bannerBox && titleBox && bannerBox.y < titleBox.y).toBe(true);
    expect(bannerBox && bannerBox.y + bannerBox.height).toBeLessThan(900);
    // The notice of the next change is for the current and upcoming pages, not in front of an archived text.
    expect(await page.locator("[data-policy-notice]").count()).toBe(0);
    await context.close();
  });

  it("an upcoming version says when it takes effect and links to the current one; the clock turns it once that day has come", async () => {
    const before = await open("/privacy/2026-12-16/");
    const banner = before.page.locator("[data-version-banner]");
    expect(await text(before.page, "[data-version-banner]")).toContain(
      "This version takes effect on December 16, 2026",
    );
    expect(
      await banner.getByRole("link", { name: "Read the current version" }).getAttribute("href"),
    ).toBe("/privacy/");
    await before.context.close();

    const after = await open("/privacy/2026-12-16/", { instant: "2026-12-16T20:00:00Z" });
    await expect
      .poll(() => text(after.page, "[data-version-banner]"))
      .toContain("This version took effect on December 16, 2026");
    await after.context.close();
  });

  it("the version in effect has no banner, at /privacy/ or at its permanent URL", async () => {
    for (const path of ["/privacy/", "/privacy/2024-02-01/"]) {
      const { page, context } = await open(path);
      expect(await page.locator("[data-version-banner]").count(), path).toBe(0);
      await context.close();
    }
  });
});

describe("2. citable pages and print", () => {
  const sha256 = (effective: string) =>
    createHash("sha256")
      .update(readFileSync(join(dist, "privacy", `${effective}.md`)))
      .digest("hex");

  it.each([
    ["/privacy/", "2024-02-01", "February 1, 2024", "February 1, 2024"],
    ["/privacy/2022-08-01/", "2022-08-01", "August 1, 2022", "July 1, 2022"],
  ])(
    "%s shows one 'Cite this version' block: permanent URL, dates, SHA-256 and a citation",
    async (path, effective, effectiveText, announcedText) => {
      const { page, context } = await open(path);
      const cite = page.locator("[data-cite-version]");
      const url = `https://policies.example.com/privacy/${effective}/`;
      expect(await cite.getByRole("heading").first().innerText()).toBe("Cite this version");
      const facts = await text(page, "[data-cite-version]");
      expect(facts).toContain(`Permanent URL ${url}`);
      expect(facts).toContain(`Effective ${effectiveText}`);
      expect(facts).toContain(`Announced ${announcedText}`);
      expect(facts).toContain(`SHA-256 ${sha256(effective)}`);
      expect(await cite.locator("[data-citation]").innerText()).toContain(
        `Example Co, Privacy Policy (version effective ${effectiveText}`,
      );
      expect(await cite.locator("[data-citation]").innerText()).toContain(
        `${url}, SHA-256 ${sha256(effective)}.`,
      );
      // The page's header links to its own permanent URL (for /privacy/: its dated page).
      expect(await page.locator("[data-permanent-link]").getAttribute("href")).toBe(url);
      await context.close();
    },
  );

  it("the copy button puts the citation on the clipboard", async () => {
    const { page, context } = await open("/privacy/");
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: site.origin });
    await page.getByRole("button", { name: "Copy the citation" }).click();
    await expect.poll(() => text(page, "[data-copy-citation-status]")).toBe("Copied.");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await page.locator("[data-citation]").innerText());
    await context.close();
  });

  it("prints a header with title, effective date, permanent URL and print date, and no navigation, search or view switches", async () => {
    const { page, context } = await open("/privacy/2022-08-01/", {
      instant: "2026-12-03T20:00:00Z",
    });
    expect(await page.locator("[data-print-header]").isVisible()).toBe(false);
    await page.emulateMedia({ media: "print" });
    const header = page.locator("[data-print-header]");
    expect(await header.isVisible()).toBe(true);
    const printed = await text(page, "[data-print-header]");
    expect(printed).toContain("Privacy Policy, version effective August 1, 2022");
    expect(printed).toContain("https://policies.example.com/privacy/2022-08-01/");
    expect(printed).toContain("Printed on December 3, 2026");
    for (const hidden of [
      ".site-header nav",
      ".site-search",
      ".toc",
      ".version-nav",
      ".stay-informed",
    ]) {
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    }
    // The banner still prints: a printout of an archived version says so.
    expect(await page.locator("[data-version-banner]").isVisible()).toBe(true);
    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.subarray(0, 4).toString()).toBe("%PDF");
    await context.close();

    const changes = await open("/privacy/changes/2026-12-16/");
    await changes.page.emulateMedia({ media: "print" });
    expect(await changes.page.locator(".redline-views").isVisible()).toBe(false);
    await changes.context.close();
  });
});

/** Every page type, as a reader reaches it. */
const PAGE_TYPES: { name: string; path: string; ready?: (page: Page) => Promise<void> }[] = [
  { name: "home", path: "/" },
  { name: "current, during a notice", path: "/privacy/" },
  { name: "dated, past", path: "/privacy/2022-08-01/" },
  { name: "dated, upcoming", path: "/privacy/2026-12-16/" },
  { name: "history", path: "/privacy/history/" },
  { name: "changes", path: "/privacy/changes/2026-12-16/" },
  {
    name: "compare, with a result",
    path: "/privacy/compare/?from=2019-05-01&to=2026-12-16",
    ready: (page) => page.locator("[data-compare-result][data-compared]").waitFor(),
  },
  { name: "in effect on a date", path: "/privacy/on/" },
  {
    name: "search, with results",
    path: "/search/?q=cookies&all=1",
    ready: (page) => page.locator("[data-search-results] > li").first().waitFor(),
  },
  { name: "404", path: "/no-such-page/" },
];

describe("4. any screen", () => {
  it.each(PAGE_TYPES)(
    "$name ($path) does not scroll sideways at 320 CSS px",
    async ({ path, ready }) => {
      const { page, context } = await open(path, { width: 320 });
      await ready?.(page);
      const widths = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        viewport: document.documentElement.clientWidth,
      }));
      expect(widths.page, `${path} is ${widths.page} px wide`).toBeLessThanOrEqual(widths.viewport);
      await context.close();
    },
  );

  it("tables keep whole words on a wide screen: the history's headings each fit on one line", async () => {
    const { page, context } = await open("/privacy/history/");
    const lines = await page.locator(".history-table thead th").evaluateAll((cells) =>
      cells.map((cell) => {
        const range = document.createRange();
        range.selectNodeContents(cell);
        return `${cell.textContent}: ${new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size}`;
      }),
    );
    expect(lines).toEqual(["Effective: 1", "Announced: 1", "Change: 1", "Text: 1", "Summary: 1"]);
    await context.close();
  });

  it("the 404 page is the site's own, with a way back", async () => {
    const { page, context } = await open("/no-such-page/");
    expect(await text(page, "h1")).toBe("Page not found");
    expect(await page.getByRole("link", { name: "Privacy Policy" }).count()).toBeGreaterThan(0);
    await context.close();
  });

  it("a wide table scrolls inside its own box, which the keyboard can reach", async () => {
    const { page, context } = await open("/privacy/", { width: 320 });
    const box = page.locator(".policy-body .table-scroll");
    const overflow = await box.evaluate((element) => ({
      scroll: element.scrollWidth,
      client: element.clientWidth,
      style: getComputedStyle(element).overflowX,
      tabIndex: (element as HTMLElement).tabIndex,
    }));
    expect(overflow.scroll).toBeGreaterThan(overflow.client);
    expect(overflow).toMatchObject({ style: "auto", tabIndex: 0 });
    expect(await page.getByRole("region", { name: "Table" }).locator("table").count()).toBe(1);
    await context.close();
  });

  it.each(["/privacy/", "/search/?q=privacy+shield", "/privacy/history/", "/privacy/compare/"])(
    "on a phone, %s has touch targets of at least 44 × 44 px and form text of at least 16 px",
    async (path) => {
      const { page, context } = await open(path, { width: 390 });
      await page.waitForTimeout(300);
      const small = await page.evaluate(() => {
        const targets = document.querySelectorAll<HTMLElement>(
          [
            "button",
            "input:not([type=checkbox]):not([type=hidden])",
            "label:has(> input[type=checkbox])",
            "select",
            "summary",
            ".site-header a",
            ".site-footer a",
            ".version-nav a",
            ".policy-notice__links a",
            ".version-banner a",
            "[data-search-offer]",
          ].join(","),
        );
        return [...targets]
          .filter((element) => element.getClientRects().length > 0)
          .flatMap((element) => {
            const box = element.getBoundingClientRect();
            const font = parseFloat(getComputedStyle(element).fontSize);
            const isField = element.matches("input, select, textarea");
            return box.height < 44 || box.width < 44 || (isField && font < 16)
              ? [`${element.outerHTML.slice(0, 60)} ${box.width}×${box.height} ${font}px`]
              : [];
          });
      });
      expect(small).toEqual([]);
      await context.close();
    },
  );

  it("the contents are folded on a phone, so the text comes first, and open beside the text on a wide screen", async () => {
    const phone = await open("/privacy/", { width: 390 });
    const link = (page: Page) => page.locator(".toc").getByRole("link", { name: "Use of Cookies" });
    expect(await link(phone.page).isVisible()).toBe(false);
    await phone.page.locator(".toc summary").click();
    expect(await link(phone.page).isVisible()).toBe(true);
    await phone.context.close();

    const wide = await open("/privacy/", { width: 1280 });
    expect(await link(wide.page).isVisible()).toBe(true);
    const toc = await wide.page.locator(".toc").boundingBox();
    const body = await wide.page.locator(".policy-body").boundingBox();
    expect(toc && body && toc.x + toc.width <= body.x).toBe(true);
    expect(toc && body && toc.y < body.y + body.height && toc.y + toc.height > body.y).toBe(true);
    await wide.context.close();
  });
});

describe("5. search means what it says", () => {
  const message = (page: Page) => page.locator("[data-search-message]");
  const results = (page: Page) => page.locator("[data-search-results] > li");

  it("no all-word match: says so, shows nothing that lacks a word, and offers the relaxed search and the past versions that have it", async () => {
    // Only the 2019 version mentions the Privacy Shield; "privacy" is everywhere.
    const { page, context } = await open("/search/?q=privacy+shield");
    await expect
      .poll(() => message(page).textContent(), { timeout: 10_000 })
      .toContain("“privacy shield”");
    expect(await message(page).textContent()).toBe(
      "No section of the versions in effect today has every word of “privacy shield”. Upcoming versions have no results and past versions 1 result for it.",
    );
    expect(await results(page).count()).toBe(0);
    const all = page.locator("[data-search-offer='all-versions']");
    expect(await all.textContent()).toBe("Show the 1 result in past and upcoming versions");
    const relaxed = page.locator("[data-search-offer='relaxed']");
    expect(await relaxed.textContent()).toMatch(
      /^Search for fewer words instead: “privacy” \(\d+ results?, not all of them with every word you typed\)$/,
    );
    expect(new URL((await relaxed.getAttribute("href")) ?? "", site.origin).search).toBe(
      "?q=privacy",
    );

    await all.click();
    await page.waitForURL(/\?q=privacy\+shield&all=1$/);
    await expect.poll(() => results(page).count()).toBe(1);
    const result = results(page).first();
    expect(await result.getByRole("link").getAttribute("href")).toBe(
      "/privacy/2019-05-01/#international-transfers",
    );
    // Each result says when its version applied.
    expect(await result.locator(".meta").textContent()).toContain(
      "Effective May 1, 2019 to July 31, 2022",
    );
    expect(await result.locator("mark").allTextContents()).toContain("Shield");
    await context.close();
  });

  it("nothing in the versions in effect: says how many the upcoming version has, and links to them", async () => {
    const { page, context } = await open("/search/?q=retention");
    await expect.poll(() => message(page).textContent(), { timeout: 10_000 }).toContain("Upcoming");
    expect(await message(page).textContent()).toBe(
      "No results for “retention” in the versions in effect today. Upcoming versions have 1 result and past versions no results for it.",
    );
    await page.locator("[data-search-offer='all-versions']").click();
    await expect.poll(() => results(page).count()).toBe(1);
    expect(await results(page).first().locator(".meta").textContent()).toContain(
      "Takes effect December 16, 2026",
    );
    await context.close();
  });
});

describe("5. results over every version", () => {
  it("are listed by version, each with its dates: in effect, then upcoming, then past newest first", async () => {
    const { page, context } = await open("/search/?q=transfers&all=1");
    const items = page.locator("[data-search-results] > li");
    await expect.poll(() => items.count(), { timeout: 10_000 }).toBe(3);
    const metas = (await items.locator(".meta").allTextContents()).map((meta) =>
      meta.replace(/\s+/g, " "),
    );
    expect(metas.map((meta) => /· (.*?) (In effect|Upcoming|Archived)/.exec(meta)?.[1])).toEqual([
      "Effective February 1, 2024",
      "Effective August 1, 2022 to January 31, 2024",
      "Effective May 1, 2019 to July 31, 2022",
    ]);
    expect(await page.locator("[data-search-message]").textContent()).toContain(
      "by version: in effect, then upcoming, then past versions newest first",
    );
    await context.close();
  });
});

describe("6. compare", () => {
  const result = (page: Page) => page.locator("[data-compare-result]");
  const status = (page: Page) => page.locator("[data-compare-status]");

  it("puts swapped dates in order, says so, and the URL follows", async () => {
    const { page, context } = await open("/privacy/compare/?from=2024-02-01&to=2019-05-01");
    await expect
      .poll(() => result(page).getAttribute("data-compared"), { timeout: 15_000 })
      .toBe("2019-05-01..2024-02-01");
    expect(await status(page).textContent()).toContain(
      "The dates asked for were the other way round, newer first: they are put in order, so the redline shows what changed from May 1, 2019 to February 1, 2024.",
    );
    expect(new URL(page.url()).search).toBe("?from=2019-05-01&to=2024-02-01");
    // What 2022 put in is shown as inserted, not removed.
    expect(await result(page).locator("[data-redline-inline] ins").allTextContents()).toContain(
      "inserted: standard contractual clauses of the European Commission",
    );
    await context.close();
  });

  it.each([
    [
      "2023-06-01",
      "No version took effect on June 1, 2023, so there is nothing to compare: the nearest versions are those of August 1, 2022 and February 1, 2024. Choose two versions below.",
    ],
    [
      "2018-01-01",
      "No version took effect on January 1, 2018, so there is nothing to compare: the nearest version is that of May 1, 2019. Choose two versions below.",
    ],
    [
      "last-year",
      "“last-year” is not a date written YYYY-MM-DD, so there is nothing to compare. Choose two versions below.",
    ],
  ])(
    "an unknown date (%s) is named, with the nearest versions, and nothing is compared",
    async (date, said) => {
      const { page, context } = await open(`/privacy/compare/?from=${date}&to=2024-02-01`);
      await expect.poll(() => status(page).textContent()).toBe(said);
      await page.waitForTimeout(300);
      expect(await result(page).getAttribute("data-compared")).toBeNull();
      await context.close();
    },
  );

  it("groups the versions by year in the menus and the list of changes", async () => {
    const { page, context } = await open("/privacy/compare/");
    const groups = await page
      .locator("#compare-from optgroup")
      .evaluateAll((elements) =>
        elements.map((group) => `${group.getAttribute("label")}: ${group.children.length}`),
      );
    expect(groups).toEqual(["2026: 1", "2024: 1", "2022: 1", "2019: 1"]);
    // And so is the list of each version's changes (the first version changed nothing).
    expect(await page.locator("[data-change-pages] h3").allTextContents()).toEqual([
      "2026",
      "2024",
      "2022",
    ]);
    await context.close();
  });
});

describe("7. stay informed", () => {
  it.each(PAGE_TYPES)(
    "$name links to the feeds, the API and the sign-up address",
    async ({ path }) => {
      const { page, context } = await open(path);
      const footer = page.locator("[data-stay-informed]");
      expect(await footer.locator("[data-feed-link]").getAttribute("href")).toBe("/feed.xml");
      expect(await footer.locator("[data-api-link]").getAttribute("href")).toBe(
        "/api/policies.json",
      );
      expect(await footer.locator("[data-subscribe-link]").getAttribute("href")).toBe(
        "https://lists.example.com/policy-updates",
      );
      await context.close();
    },
  );

  it("the history offers the sign-up, the policy's feed and API, and a glossary of the terms", async () => {
    const { page, context } = await open("/privacy/history/");
    const main = page.locator("main");
    expect(await main.locator("[data-subscribe-link]").getAttribute("href")).toBe(
      "https://lists.example.com/policy-updates",
    );
    expect(await main.locator("a[href='/privacy/feed.xml']").count()).toBe(1);
    expect(await main.locator("a[href='/api/privacy.json']").count()).toBe(1);
    const terms = await page.locator("#glossary dt").allTextContents();
    expect(terms).toEqual([
      "Material change",
      "Editorial change",
      "Announced",
      "Effective",
      "Reading ease",
      "In effect",
      "Withdrawn",
      "Postponed",
    ]);
    // The notice's "material change" leads there.
    const current = await open("/privacy/");
    await current.page
      .locator("[data-policy-notice]")
      .getByRole("link", { name: "material change" })
      .click();
    await current.page.waitForURL(/\/privacy\/history\/#glossary$/);
    await current.context.close();
    await context.close();
  });
});

describe.each(["light", "dark"] as const)("axe on the new parts (%s)", (colorScheme) => {
  it.each([
    ...PAGE_TYPES,
    {
      name: "search with no all-word match",
      path: "/search/?q=privacy+shield",
      ready: (page: Page) => page.locator("[data-search-offers] a").first().waitFor(),
    },
    {
      name: "compare, swapped",
      path: "/privacy/compare/?from=2024-02-01&to=2019-05-01",
      ready: (page: Page) => page.locator("[data-compare-result][data-compared]").waitFor(),
    },
  ])("$name ($path) has no violations", async ({ path, ready }) => {
    const { page, context } = await open(path, { colorScheme });
    await ready?.(page);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(
      violations.map(
        (violation) => `${violation.id}: ${violation.nodes.map((n) => n.target).join(" ")}`,
      ),
    ).toEqual([]);
    await context.close();
  });
});
