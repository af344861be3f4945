/**
 * The build's PDF stage (site.yml `pdf: true`): every version printed by Chromium from its
 * print view (`/<policy>/<date>/print/`, built by Astro just before) to
 * `/<policy>/<date>.pdf` in the staging folder, so a failure publishes nothing.
 *
 * - Tagged (a structure tree screen readers and text extraction follow) and with an outline
 *   (the bookmarks of its headings): Chromium's `tagged` and `outline` options.
 * - Every page's footer gives the permanent URL, the effective and announced dates and the
 *   SHA-256 of the source, and the page number: a printed page stands on its own.
 * - Reproducible: the print view depends on the version alone, and pdf-metadata.ts fixes
 *   the dates Chromium would stamp.
 *
 * The pages are served to Chromium from the staging folder by request interception at the
 * site's own address (site.yml `url`): no server, no port, and no request leaves the
 * machine (anything else is refused).
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, extname, join, normalize, sep } from "node:path";
import { formatLongDate } from "../dates/index.ts";
import {
  absoluteUrl,
  versionPath,
  versionPdfPath,
  versionPrintPath,
  type SiteModel,
  type VersionModel,
} from "../site/index.ts";
import { launchChromium } from "./browser.ts";
import { stampPdf } from "./pdf-metadata.ts";

/** Two pages at a time: the build machine has two cores, and Chromium uses both. */
const CONCURRENCY = 2;

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".woff2": "font/woff2",
};

/** Prints every version of `model` into `siteFolder`; returns how many PDFs were written. */
export async function printVersionPdfs(input: {
  model: SiteModel;
  siteFolder: string;
  chromiumPath: string;
}): Promise<number> {
  const { model, siteFolder } = input;
  const versions = model.policies.flatMap((policy) => policy.versions);
  const origin = new URL(model.site.url).origin;
  const browser = await launchChromium(input.chromiumPath);
  try {
    const context = await browser.newContext({ javaScriptEnabled: false });
    await context.route("**/*", async (route) => {
      const url = new URL(route.request().url());
      const file = url.origin === origin ? siteFile(siteFolder, url.pathname) : undefined;
      const body = file && (await readFile(file).catch(() => undefined));
      if (!file || !body) return route.abort("blockedbyclient");
      return route.fulfill({
        status: 200,
        body,
        contentType: CONTENT_TYPES[extname(file)] ?? "application/octet-stream",
      });
    });
    const queue = [...versions];
    const worker = async () => {
      const page = await context.newPage();
      for (let version = queue.shift(); version; version = queue.shift()) {
        const url = absoluteUrl(
          model.site.url,
          versionPrintPath(version.policy, version.effective),
        );
        const response = await page.goto(url, { waitUntil: "load" });
        if (!response?.ok()) throw new Error(`the print view ${url} did not load`);
        const printed = await page.pdf({
          format: "A4",
          margin: { top: "18mm", bottom: "24mm", left: "18mm", right: "18mm" },
          tagged: true,
          outline: true,
          printBackground: false,
          displayHeaderFooter: true,
          headerTemplate: headerTemplate(model, version),
          footerTemplate: footerTemplate(model, version),
        });
        const target = join(siteFolder, versionPdfPath(version.policy, version.effective));
        await mkdir(dirname(target), { recursive: true });
        await writeFile(target, await stampPdf(printed, pdfFacts(model, version)));
      }
      await page.close();
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, versions.length) }, worker));
  } finally {
    await browser.close();
  }
  return versions.length;
}

/** The facts a version's PDF carries in its document information. */
export function pdfFacts(model: SiteModel, version: VersionModel) {
  return {
    title: `${version.title}, version effective ${formatLongDate(version.effective)}`,
    organization: model.site.organization,
    permanentUrl: absoluteUrl(model.site.url, versionPath(version.policy, version.effective)),
    effective: version.effective,
    announced: version.announced,
    updated: version.corrections.at(-1)?.date ?? version.announced,
    sha256: version.sha256,
    language: "en",
  };
}

/** A file of the built site for a URL path, never outside it. */
function siteFile(siteFolder: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const path = normalize(
    join(siteFolder, decoded.endsWith("/") ? `${decoded}index.html` : decoded),
  );
  return path.startsWith(siteFolder + sep) ? path : undefined;
}

/** Text for Chromium's header and footer templates, which are HTML. */
const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

// Chromium renders the templates apart from the page, unstyled and at a tiny default size:
// they carry their own style, and the page's margins leave them room.
const TEMPLATE_STYLE =
  "font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 7pt; font-variant-ligatures: none; color: #000; width: 100%; margin: 0 18mm;";

function headerTemplate(model: SiteModel, version: VersionModel): string {
  return `<div style="${TEMPLATE_STYLE}">${escapeHtml(`${model.site.organization} · ${version.title}, version effective ${formatLongDate(version.effective)}`)}</div>`;
}

function footerTemplate(model: SiteModel, version: VersionModel): string {
  const permanentUrl = absoluteUrl(model.site.url, versionPath(version.policy, version.effective));
  return `<div style="${TEMPLATE_STYLE}">
<div style="display: flex; justify-content: space-between;"><span>${escapeHtml(permanentUrl)} · effective ${escapeHtml(version.effective)} · announced ${escapeHtml(version.announced)}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>
<div>SHA-256 of the source: ${escapeHtml(version.sha256)}</div>
</div>`;
}
