/**
 * What makes a printed version's PDF reproducible and identifiable (src/pdf/pdf-metadata.ts),
 * on prints made by the real Chromium.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pdfSourceHash, stampPdf, type PdfFacts } from "../../src/pdf/index.ts";
import { launchBrowser } from "../support/browser.ts";

const FACTS: PdfFacts = {
  title: "Privacy Policy, version effective March 1, 2021",
  organization: "Example Co",
  permanentUrl: "https://policies.example.com/privacy/2021-03-01/",
  effective: "2021-03-01" as PdfFacts["effective"],
  announced: "2021-01-15" as PdfFacts["announced"],
  updated: "2021-02-01" as PdfFacts["updated"],
  sha256: "a".repeat(64),
  language: "en",
};
const TABLE = `<!doctype html><html lang="en"><title>T</title><h1>Retention</h1>
<table><thead><tr><th>Data</th><th>Kept</th></tr></thead>
<tbody><tr><td>Logs</td><td>90 days</td></tr></tbody></table>`;

let browser: Browser;
let page: Page;
const print = async (html: string) => {
  await page.setContent(html);
  return page.pdf({ tagged: true, outline: true });
};

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(() => browser?.close());

describe("stampPdf", () => {
  it("gives the same bytes for the same page, whatever Chromium printed before it", async () => {
    const first = await print(TABLE);
    await print(
      `<!doctype html><p>${"Another page. ".repeat(50)}</p><table><tr><th>A</th></tr></table>`,
    );
    const again = await print(TABLE);
    // Chromium's own prints differ: the time of printing, and the table headers' DOM node ids.
    expect(Buffer.from(first).equals(Buffer.from(again))).toBe(false);
    expect(Buffer.from(first).toString("latin1")).toMatch(/\/ID \(node\d{8}\)/);
    const stamped = [await stampPdf(first, FACTS), await stampPdf(again, FACTS)];
    expect(
      Buffer.from(stamped[0] as Uint8Array).equals(Buffer.from(stamped[1] as Uint8Array)),
    ).toBe(true);
    expect(Buffer.from(stamped[0] as Uint8Array).toString("latin1")).toContain(
      "/ID (node00000001)",
    );
  });

  it("carries the source's SHA-256 in its keywords, which pdfSourceHash reads back", async () => {
    const stamped = await stampPdf(await print(TABLE), FACTS);
    expect(await pdfSourceHash(stamped)).toBe("a".repeat(64));
    expect(await pdfSourceHash(await print(TABLE))).toBeUndefined();
    expect(await pdfSourceHash(new TextEncoder().encode("not a PDF"))).toBeUndefined();
  });
});
