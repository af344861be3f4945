/**
 * The response headers the build recommends (dist/_headers, README "Deploying"), applied
 * by a static server as Netlify or Cloudflare Pages would: the strict Content-Security-
 * Policy breaks nothing a reader uses (the notice clock, search with Pagefind's
 * WebAssembly, the compare page's worker), hashed assets are immutable, and the footer
 * include and API can be read from other sites.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, serveDirectory, type StaticServer } from "../support/browser.ts";
import { IN_NOTICE, builtSite } from "../support/sites.ts";

let site: string;
let server: StaticServer;
let browser: Browser;

/** `_headers` read as the hosts read it: each `/prefix*` rule's headers, merged in order. */
function headersFor(file: string): (path: string) => Record<string, string> {
  const rules: { prefix: string; headers: Record<string, string> }[] = [];
  for (const line of file.split("\n")) {
    if (line.startsWith("/")) rules.push({ prefix: line.replace(/\*$/, ""), headers: {} });
    else if (line.startsWith("  ") && rules.length > 0) {
      const [name = "", ...value] = line.trim().split(": ");
      (rules.at(-1) as (typeof rules)[number]).headers[name] = value.join(": ");
    }
  }
  return (path) =>
    Object.assign(
      {},
      ...rules.filter((rule) => path.startsWith(rule.prefix)).map((r) => r.headers),
    );
}

beforeAll(async () => {
  site = await builtSite(IN_NOTICE);
  server = await serveDirectory(site, headersFor(readFileSync(join(site, "_headers"), "utf8")));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A page that records every Content-Security-Policy violation. */
async function watchedPage(): Promise<{ page: Page; violations: string[] }> {
  const page = await browser.newPage();
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  page.on("pageerror", (error) => violations.push(error.message));
  return { page, violations };
}

describe("served with dist/_headers", () => {
  it("sends the policy, and the version page's scripts still run under it", async () => {
    const { page, violations } = await watchedPage();
    const response = await page.goto(`${server.origin}/privacy/`);
    expect(response?.headers()["content-security-policy"]).toContain("script-src 'self'");
    // The page's script replaces the build's date in the print header with the reader's.
    await expect
      .poll(() => page.locator("[data-print-date]").first().textContent())
      .toMatch(/^Printed on /);
    expect(violations).toEqual([]);
    await page.close();
  });

  it.each([
    [
      "search: Pagefind's script, worker and WebAssembly",
      "/search/?q=cookies",
      "[data-search-results] > li",
    ],
    [
      "compare: its worker is the site's own script",
      "/privacy/compare/?from=2014-03-15&to=2026-12-16",
      "[data-compare-result] ins",
    ],
  ])("%s run under it", async (_, path, result) => {
    const { page, violations } = await watchedPage();
    await page.goto(`${server.origin}${path}`);
    await expect.poll(() => page.locator(result).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(violations).toEqual([]);
    await page.close();
  });

  it("caches hashed assets for a year, and lets other sites read the footer include and the API", async () => {
    const home = readFileSync(join(site, "privacy/index.html"), "utf8");
    const asset = /\/_astro\/[^"]+\.css/.exec(home)?.[0];
    const headers = async (path: string) =>
      Object.fromEntries((await fetch(server.origin + path)).headers);
    expect((await headers(asset ?? "/_astro/missing.css"))["cache-control"]).toBe(
      "public, max-age=31536000, immutable",
    );
    for (const path of ["/embed/footer.json", "/api/privacy.json"]) {
      expect(await headers(path)).toMatchObject({
        "access-control-allow-origin": "*",
        "cache-control": "public, max-age=3600",
      });
    }
  });
});
