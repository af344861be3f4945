/**
 * site.yml `pdf: true`: a PDF of every version, checked as a reader, a court and a machine
 * would: its text, its document information, its tags and outline, its bytes from one build
 * to the next, `verify`, and a clear refusal when no browser is installed.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite, fixturesDir, runScript } from "../support/build.ts";
import { IN_NOTICE, builtSite } from "../support/sites.ts";
import { sha256Hex } from "../../src/content/index.ts";
import { policyApiSchema } from "../../src/outputs/api.ts";

const fixture = join(fixturesDir, "pdf");
const AS_OF = "2026-11-28";
const sourceHash = (file: string) => sha256Hex(readFileSync(join(fixture, "privacy", file)));
let site: string;

beforeAll(async () => {
  site = await builtSite(AS_OF, fixture);
});

async function openPdf(path: string) {
  const data = new Uint8Array(readFileSync(join(site, path)));
  const document = await getDocument({ data, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" "));
  }
  return { document, pages, text: pages.join("\n").replace(/\s+/g, " ") };
}

describe("a PDF of every version", () => {
  it("is written at /<policy>/<date>.pdf for each version, and linked from its page", () => {
    expect(readdirSync(join(site, "privacy")).filter((name) => name.endsWith(".pdf"))).toEqual([
      "2020-01-01.pdf",
      "2021-03-01.pdf",
    ]);
    const page = readFileSync(join(site, "privacy/2021-03-01/index.html"), "utf8");
    expect(page).toMatch(
      /<a href="\/privacy\/2021-03-01\.pdf" type="application\/pdf" data-pdf-link/,
    );
  });

  it("is named in the API and the feed at the URL it is served at", () => {
    const api = policyApiSchema.parse(
      JSON.parse(readFileSync(join(site, "api/privacy.json"), "utf8")),
    );
    const feed = readFileSync(join(site, "privacy/feed.xml"), "utf8");
    for (const version of api.versions) {
      const pdf = version.urls.pdf ?? "";
      expect(pdf).toBe(`https://policies.example.com/privacy/${version.effective}.pdf`);
      expect(existsSync(join(site, new URL(pdf).pathname))).toBe(true);
      expect(feed).toContain(`type="application/pdf" href="${pdf}"`);
    }
  });

  it("has the version's text, and its permanent URL, dates and SHA-256 on every page", async () => {
    const { pages, text } = await openPdf("privacy/2021-03-01.pdf");
    expect(text).toContain("Our servers record the address of each request.");
    expect(text).toContain('Fixed a typo in "Server logs".');
    expect(text).toContain("effective March 1, 2021");
    for (const page of pages) {
      expect(page).toContain(
        "https://policies.example.com/privacy/2021-03-01/ · effective 2021-03-01 · announced 2021-01-15",
      );
      expect(page).toContain(`SHA-256 of the source: ${sourceHash("2021-03-01.md")}`);
      expect(page).toMatch(/Page \d+ of \d+/);
    }
  });

  it("says which version it is in its document information, dated by the version, not the print", async () => {
    const { document } = await openPdf("privacy/2021-03-01.pdf");
    const { info } = await document.getMetadata();
    expect(info).toMatchObject({
      Title: "Privacy Policy, version effective March 1, 2021",
      Author: "Example Co",
      Language: "en",
      Subject:
        "Version effective 2021-03-01, announced 2021-01-15: https://policies.example.com/privacy/2021-03-01/",
      Keywords: `sha256:${sourceHash("2021-03-01.md")} effective:2021-03-01 announced:2021-01-15 https://policies.example.com/privacy/2021-03-01/`,
      // Announced, and last corrected: the dates of the text, whenever it is printed.
      CreationDate: "D:20210115000000Z",
      ModDate: "D:20210201000000Z",
    });
  });

  it("is tagged and has an outline of the version's headings", async () => {
    const { document } = await openPdf("privacy/2021-03-01.pdf");
    expect(await document.getMarkInfo()).toMatchObject({ Marked: true });
    const titles = (items: { title: string; items: unknown[] }[]): string[] =>
      items.flatMap((item) => [item.title, ...titles(item.items as typeof items)]);
    expect(titles(await document.getOutline())).toEqual(
      expect.arrayContaining([
        "Privacy Policy",
        "Information we collect",
        "Server logs",
        "Cookies",
      ]),
    );
  });

  it("is the same bytes when the same content is built again, on another day", async () => {
    const again = await buildSite({ contentDir: fixture, asOf: "2030-06-01" });
    for (const name of ["2020-01-01.pdf", "2021-03-01.pdf"]) {
      const first = readFileSync(join(site, "privacy", name));
      expect(readFileSync(join(again, "privacy", name)).equals(first)).toBe(true);
    }
  });

  it("verify checks each PDF belongs to its version", async () => {
    const ok = await runScript("verify", [site, "--content", fixture]);
    expect(ok.stderr).toBe("");
    expect(ok.status).toBe(0);

    const tampered = join(mkdtempSync(join(tmpdir(), "redline-pdf-")), "dist");
    cpSync(site, tampered, { recursive: true });
    // The PDF of the first version put in place of the second's.
    cpSync(join(tampered, "privacy/2020-01-01.pdf"), join(tampered, "privacy/2021-03-01.pdf"));
    const result = await runScript("verify", [tampered, "--content", fixture]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `privacy/2021-03-01.md: /privacy/2021-03-01.pdf was printed from a source with SHA-256 ${sourceHash("2020-01-01.md")}, the content's is ${sourceHash("2021-03-01.md")}`,
    );
  });
});

describe("pdf: true without a browser", () => {
  it("stops before building, naming site.yml's line and how to get one, and writes nothing", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "redline-pdf-")), "dist");
    const result = await runScript("build", ["--content", fixture, "--out", out], {
      AS_OF,
      CHROME_PATH: "/nonexistent/chromium",
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      "tests/fixtures/pdf/site.yml:8: pdf: true asks the build to print every version with Chromium, but CHROME_PATH=/nonexistent/chromium does not exist: run `bash scripts/provision-browser.sh` (it installs Debian's chromium), or set CHROME_PATH to a Chromium or Chrome binary; or set pdf: false",
    );
    expect(existsSync(out)).toBe(false);
  });
});

describe("without pdf: true", () => {
  it("prints nothing and publishes no print view", async () => {
    const seed = await builtSite(IN_NOTICE);
    const privacy = readdirSync(join(seed, "privacy"));
    expect(privacy.filter((name) => name.endsWith(".pdf"))).toEqual([]);
    expect(existsSync(join(seed, "privacy/2014-03-15/print"))).toBe(false);
    expect(readFileSync(join(seed, "privacy/2014-03-15/index.html"), "utf8")).not.toContain(
      "data-pdf-link",
    );
  });
});
