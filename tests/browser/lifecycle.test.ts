/**
 * The pages of a withdrawn and a postponed change (issue 14) in real Chromium: no axe
 * violation in either colour scheme, and no sideways scrolling on a 320 px phone.
 */
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, serveDirectory, type StaticServer } from "../support/browser.ts";
import { fixturesDir } from "../support/build.ts";
import { builtSite } from "../support/sites.ts";

const AS_OF = "2026-12-10";
let browser: Browser;
let withdrawn: StaticServer;
let postponed: StaticServer;

beforeAll(async () => {
  const [withdrawnSite, postponedSite] = await Promise.all([
    builtSite(AS_OF, join(fixturesDir, "lifecycle-withdrawn")),
    builtSite(AS_OF, join(fixturesDir, "lifecycle-postponed")),
  ]);
  [withdrawn, postponed] = await Promise.all([
    serveDirectory(withdrawnSite),
    serveDirectory(postponedSite),
  ]);
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await Promise.all([withdrawn, postponed].map((server) => server?.close()));
});

const PAGES = [
  { name: "withdrawn version", site: () => withdrawn, path: "/privacy/2027-01-15/" },
  { name: "its changes page", site: () => withdrawn, path: "/privacy/changes/2027-01-15/" },
  { name: "withdrawal notice", site: () => withdrawn, path: "/privacy/" },
  { name: "history with a withdrawn version", site: () => withdrawn, path: "/privacy/history/" },
  { name: "postponed version's old URL", site: () => postponed, path: "/privacy/2027-01-01/" },
  { name: "postponed notice", site: () => postponed, path: "/privacy/" },
];

describe.each(["light", "dark"] as const)("lifecycle pages (%s colour scheme)", (colorScheme) => {
  it.each(PAGES)(
    "$name ($path) has no axe violations",
    async ({ site, path }) => {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      try {
        expect((await page.goto(`${site().origin}${path}`))?.status()).toBe(200);
        const { violations } = await new AxeBuilder({ page }).analyze();
        expect(
          violations.map((violation) => `${violation.id}: ${violation.help}`),
          path,
        ).toEqual([]);
      } finally {
        await context.close();
      }
    },
    60_000,
  );
});

describe("on a phone", () => {
  it.each(PAGES)(
    "$name ($path) does not scroll sideways at 320 px",
    async ({ site, path }) => {
      const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
      await page.goto(`${site().origin}${path}`);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);
      await page.close();
    },
    60_000,
  );
});

describe("the notice of a withdrawn change, read after the build day", () => {
  it.each([
    ["2026-12-30T20:00:00-08:00", true],
    ["2026-12-31T08:00:00-08:00", false],
  ])(
    "on the reader's clock at %s, is shown: %s",
    async (instant, shown) => {
      const page = await browser.newPage();
      await page.clock.setFixedTime(new Date(instant));
      await page.goto(`${withdrawn.origin}/privacy/`);
      expect(await page.locator("[data-withdrawal-notice]").isVisible()).toBe(shown);
      await page.close();
    },
    60_000,
  );
});
