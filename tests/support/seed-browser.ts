/** The browser rig with the seed site, for test files (it registers Vitest hooks). */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchBrowser, serveDirectory, type StaticServer } from "./browser.ts";
import { AFTER_NOTICE, IN_NOTICE, builtSite } from "./sites.ts";

/**
 * For a test file: one Chromium, and the seed site served as built during the
 * illustrative notice (IN_NOTICE) and after it (AFTER_NOTICE). Ready inside tests.
 */
export function seedSiteInBrowser(): {
  browser: Browser;
  inNotice: StaticServer;
  afterNotice: StaticServer;
} {
  const seed = {} as { browser: Browser; inNotice: StaticServer; afterNotice: StaticServer };
  beforeAll(async () => {
    const inNoticeSite = await builtSite(IN_NOTICE);
    const afterNoticeSite = await builtSite(AFTER_NOTICE);
    seed.browser = await launchBrowser();
    seed.inNotice = await serveDirectory(inNoticeSite);
    seed.afterNotice = await serveDirectory(afterNoticeSite);
  });
  afterAll(async () => {
    await seed.browser?.close();
    await seed.inNotice?.close();
    await seed.afterNotice?.close();
  });
  return seed;
}
