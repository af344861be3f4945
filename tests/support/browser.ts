/**
 * The real-browser rig: Debian's Chromium driven by playwright-core, and a static server
 * that serves a built `dist/` as a user would deploy it.
 *
 * No browser is a failure with instructions, never a quiet skip.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser } from "playwright-core";
import { GET_A_BROWSER, findChromium, launchChromium } from "../../src/pdf/index.ts";
import sirv from "sirv";

/** Where Chromium is: `CHROME_PATH`, or Debian's package. Throws how to get one otherwise. */
export function chromePath(): string {
  const found = findChromium(process.env["CHROME_PATH"]);
  if ("path" in found) return found.path;
  throw new Error(`No browser for the browser tests: ${found.missing}; ${GET_A_BROWSER}.`);
}

/** Launches headless Chromium with the flags this closed network needs (src/pdf/browser.ts). */
export function launchBrowser(): Promise<Browser> {
  return launchChromium(chromePath());
}

export interface StaticServer {
  /** e.g. http://127.0.0.1:41234 (no trailing slash) */
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves `dir` on a free loopback port. `headers` are added to every response (for
 * example a Content-Security-Policy for a "related site").
 */
export function serveDirectory(
  dir: string,
  headers: Record<string, string> | ((path: string) => Record<string, string>) = {},
): Promise<StaticServer> {
  const headersFor = typeof headers === "function" ? headers : () => headers;
  const handler = sirv(dir, { dev: true, etag: false, extensions: ["html"] });
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    for (const [name, value] of Object.entries(headersFor(path))) response.setHeader(name, value);
    handler(request, response, () => {
      // As static hosts do: the site's own 404 page, if it has one.
      const notFound = join(dir, "404.html");
      response.statusCode = 404;
      if (existsSync(notFound)) {
        response.setHeader("Content-Type", "text/html; charset=utf-8");
        response.end(readFileSync(notFound));
      } else {
        response.end("Not found");
      }
    });
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        origin: `http://127.0.0.1:${port}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
