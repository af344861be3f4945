/**
 * Every page type of the seed site, as served from its built `dist/`, passes axe-core
 * with no violations, in the light and the dark colour scheme. Pages with a script are
 * checked once it has run (the search page with its results showing).
 */
import { describe, expect, it } from "vitest";
import { axeViolations } from "../support/axe.ts";
import type { Page } from "playwright-core";
import type { StaticServer } from "../support/browser.ts";
import { seedSiteInBrowser } from "../support/seed-browser.ts";

const seed = seedSiteInBrowser();

interface PageType {
  name: string;
  site: () => StaticServer;
  path: string;
  /** Waits until the page's script has finished drawing it. */
  ready?: (page: Page) => Promise<void>;
}

const PAGE_TYPES: PageType[] = [
  { name: "home", site: () => seed.inNotice, path: "/" },
  { name: "policy in effect, during a notice", site: () => seed.inNotice, path: "/privacy/" },
  { name: "current version", site: () => seed.inNotice, path: "/privacy/2014-03-15/" },
  { name: "upcoming version", site: () => seed.inNotice, path: "/privacy/2026-12-16/" },
  { name: "archived version", site: () => seed.afterNotice, path: "/privacy/2014-03-15/" },
  { name: "history", site: () => seed.inNotice, path: "/privacy/history/" },
  { name: "changes (redline)", site: () => seed.inNotice, path: "/privacy/changes/2026-12-16/" },
  { name: "compare, empty", site: () => seed.inNotice, path: "/privacy/compare/" },
  {
    name: "compare with a result",
    site: () => seed.inNotice,
    path: "/privacy/compare/?from=2014-03-15&to=2026-12-16",
    ready: async (page) => {
      await page.locator("[data-compare-result] *").first().waitFor();
    },
  },
  { name: "version in effect on a day", site: () => seed.inNotice, path: "/privacy/on/" },
  { name: "search, empty", site: () => seed.inNotice, path: "/search/" },
  {
    name: "search with results",
    site: () => seed.inNotice,
    path: "/search/?q=cookies&all=1",
    ready: async (page) => {
      await page.locator("[data-search-results] > li").first().waitFor();
    },
  },
];

describe.each(["light", "dark"] as const)("accessibility (%s colour scheme)", (colorScheme) => {
  it.each(PAGE_TYPES)("$name ($path) has no axe violations", async ({ site, path, ready }) => {
    // axe opens a page of its own in the same context, so the page needs an explicit one.
    const context = await seed.browser.newContext({ colorScheme });
    const page = await context.newPage();
    try {
      const response = await page.goto(`${site().origin}${path}`);
      expect(response?.status(), `${path} is served`).toBe(200);
      await ready?.(page);
      expect(await axeViolations(page), `axe on ${path}`).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
