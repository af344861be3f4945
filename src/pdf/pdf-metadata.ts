/**
 * What makes a version's PDF evidence: its document information says which version it is
 * (title, permanent URL, dates, and the SHA-256 of the source in its keywords, which
 * `npm run verify` reads back), and nothing in it depends on when or where it was printed.
 *
 * Chromium writes the print's date and time as /CreationDate and /ModDate and its own
 * version as /Creator and /Producer; everything else it writes is the same for the same
 * page. pdf-lib rewrites the document information and saves the file whole (no incremental
 * update, no /ID): the same print gives the same bytes. Hand-patching the dates in place
 * would keep Chromium's bytes but could not add the keywords without rewriting the
 * cross-reference table, which is what pdf-lib does, tested and small.
 */
import { PDFDocument } from "pdf-lib";
import type { CalendarDate } from "../dates/index.ts";

/** The facts each PDF carries about its version. */
export interface PdfFacts {
  title: string;
  organization: string;
  permanentUrl: string;
  effective: CalendarDate;
  announced: CalendarDate;
  /** The last correction's date, if any: the day the text last changed. */
  updated: CalendarDate;
  sha256: string;
  language: string;
}

/** The keyword that carries the source's hash, e.g. `sha256:9f86d0…`. */
const HASH_KEYWORD = /^sha256:([0-9a-f]{64})$/;

/** A calendar day as a PDF date: midnight UTC, so no time zone changes the bytes. */
const pdfDate = (day: CalendarDate) => new Date(`${day}T00:00:00Z`);

/** `printed` (Chromium's PDF) with the version's facts as its document information. */
export async function stampPdf(printed: Uint8Array, facts: PdfFacts): Promise<Uint8Array> {
  const document = await PDFDocument.load(printed, { updateMetadata: false });
  document.setTitle(facts.title, { showInWindowTitleBar: true });
  document.setAuthor(facts.organization);
  document.setSubject(
    `Version effective ${facts.effective}, announced ${facts.announced}: ${facts.permanentUrl}`,
  );
  document.setKeywords([
    `sha256:${facts.sha256}`,
    `effective:${facts.effective}`,
    `announced:${facts.announced}`,
    facts.permanentUrl,
  ]);
  document.setLanguage(facts.language);
  document.setCreator("Redline");
  document.setProducer("Redline, printed by Chromium");
  document.setCreationDate(pdfDate(facts.announced));
  document.setModificationDate(pdfDate(facts.updated));
  return document.save({ useObjectStreams: false });
}

/** The SHA-256 a PDF says its source has (its `sha256:` keyword), or undefined. */
export async function pdfSourceHash(bytes: Uint8Array): Promise<string | undefined> {
  try {
    const document = await PDFDocument.load(bytes, { updateMetadata: false });
    const keywords = document.getKeywords()?.split(/\s+/) ?? [];
    for (const keyword of keywords) {
      const match = HASH_KEYWORD.exec(keyword);
      if (match) return match[1];
    }
    return undefined;
  } catch {
    return undefined;
  }
}
