/**
 * `npm run dev`: an editor saves a version file and sees the version page, its changes
 * page and the notice update without a restart; a mistake is told as `file:line` in the
 * terminal and in the browser's overlay, and the last good pages stay served.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../support/browser.ts";
import { copyContent, projectRoot } from "../support/build.ts";
import { IN_NOTICE } from "../support/sites.ts";

/** A material change announced on IN_NOTICE, 48 days ahead: its notice replaces the seed's. */
const NEW_VERSION = "privacy/2027-01-15.md";
const newVersion = (sentence: string, extraFrontMatter = "") =>
  [
    "---",
    "title: Privacy Policy",
    "material: true",
    `announced: ${IN_NOTICE}`,
    "summary: We keep web logs for 30 days.",
    extraFrontMatter,
    "---",
    "",
    "# iSocket",
    "",
    sentence,
    "",
  ]
    .filter((line) => line !== undefined)
    .join("\n");

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address
          ? resolve(address.port)
          : reject(new Error("no port")),
      );
    });
  });
}

let content: string;
let origin: string;
let devServer: ChildProcess;
let terminal = "";
let browser: Browser;

beforeAll(async () => {
  content = copyContent();
  const port = await freePort();
  origin = `http://localhost:${port}`;
  devServer = spawn(
    process.execPath,
    [
      join(projectRoot, "node_modules/tsx/dist/cli.mjs"),
      join(projectRoot, "scripts/dev.ts"),
      "--port",
      String(port),
      "--content",
      content,
    ],
    { cwd: projectRoot, env: { ...process.env, AS_OF: IN_NOTICE } },
  );
  devServer.stdout?.on("data", (chunk: Buffer) => (terminal += chunk.toString()));
  devServer.stderr?.on("data", (chunk: Buffer) => (terminal += chunk.toString()));
  // Ready once it answers (Astro prints the address before it can serve).
  const started = Date.now();
  for (;;) {
    const ready = await fetch(`${origin}/`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) break;
    if (devServer.exitCode !== null || Date.now() - started > 60_000) {
      throw new Error(`npm run dev did not start:\n${terminal}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  browser = await launchBrowser();
}, 90_000);

afterAll(async () => {
  await browser?.close();
  devServer?.kill();
});

async function text(path: string): Promise<string> {
  const response = await fetch(`${origin}${path}`);
  return `${response.status} ${await response.text()}`;
}

/** A page's words, without markup (the redline wraps each changed word in its own element). */
const words = async (path: string) =>
  (await text(path)).replace(/<[^>]*>/g, " ").replace(/\s+/g, " ");

describe("npm run dev", () => {
  it("serves the site and updates the version, changes page and notice when a version is saved", async () => {
    const notice = (day: string) =>
      `This policy <span data-notice-verb>will change</span> on <time datetime="${day}">`;
    expect(await text("/privacy/")).toContain(notice("2026-12-16"));

    writeFileSync(join(content, NEW_VERSION), newVersion("We keep web logs for 30 days."));
    await expect
      .poll(() => text("/privacy/2027-01-15/"), { timeout: 30_000 })
      .toMatch(/^200 [\s\S]*We keep web logs for 30 days\./);
    expect(await words("/privacy/changes/2027-01-15/")).toContain("web logs for 30 days");
    expect(await text("/privacy/")).toContain(notice("2027-01-15"));

    writeFileSync(join(content, NEW_VERSION), newVersion("We keep web logs for 45 days."));
    await expect
      .poll(() => text("/privacy/2027-01-15/"), { timeout: 30_000 })
      .toContain("We keep web logs for 45 days.");
    expect(await words("/privacy/changes/2027-01-15/")).toContain("web logs for 45 days");
  }, 90_000);

  it("tells a mistake as file:line in the terminal and the browser, and keeps the last good pages", async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/privacy/2027-01-15/`);
    await expect.poll(() => page.textContent("main")).toContain("45 days");

    writeFileSync(
      join(content, NEW_VERSION),
      newVersion("We keep web logs for 60 days.", "materal: true"),
    );
    const message = `${NEW_VERSION}:6: unknown field "materal" in the front matter: did you mean "material"?`;
    await expect.poll(() => terminal, { timeout: 30_000 }).toContain(message);
    await expect
      .poll(
        // The overlay draws its text in its shadow root.
        () =>
          page.evaluate(
            () => document.querySelector("vite-error-overlay")?.shadowRoot?.textContent ?? "",
          ),
        { timeout: 30_000 },
      )
      .toContain(message);
    expect(await text("/privacy/2027-01-15/")).toContain("45 days");
    expect(await text("/privacy/2027-01-15/")).not.toContain("60 days");
    await page.close();
  }, 90_000);
});
