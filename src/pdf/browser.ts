/**
 * Where Chromium is, and how it is started on a closed network. The build's PDF stage and
 * the browser tests share it: `CHROME_PATH`, or Debian's package (what
 * scripts/provision-browser.sh installs). Playwright's own browser download is not used:
 * it cannot work without the network, and Debian's build is kept up to date by apt.
 */
import { existsSync } from "node:fs";
import type { Browser } from "playwright-core";

/** Debian's Chromium, then Google's Chrome (GitHub's Ubuntu runners have it), then Ubuntu's. */
const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/google-chrome", "/usr/bin/chromium-browser"];

/** How to get a browser, said wherever one is missing. */
export const GET_A_BROWSER =
  "run `bash scripts/provision-browser.sh` (it installs Debian's chromium), or set CHROME_PATH to a Chromium or Chrome binary";

/**
 * The Chromium binary to use, or why there is none. `chromePath` is the machine's
 * `CHROME_PATH`, which the command-line tools read and hand in.
 */
export function findChromium(
  chromePath: string | undefined,
): { path: string } | { missing: string } {
  if (chromePath) {
    return existsSync(chromePath)
      ? { path: chromePath }
      : { missing: `CHROME_PATH=${chromePath} does not exist` };
  }
  const found = CANDIDATES.find((candidate) => existsSync(candidate));
  return found ? { path: found } : { missing: `no Chromium found (${CANDIDATES.join(", ")})` };
}

/**
 * Starts headless Chromium. The flags keep it off the network it would otherwise call at
 * every start (updates, sync, field trials), which a closed network refuses many times over.
 * playwright-core is imported only here, when a browser is wanted: a build without PDFs
 * never loads it.
 */
export async function launchChromium(executablePath: string): Promise<Browser> {
  const { chromium } = await import("playwright-core");
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
