/**
 * What makes a version's PDF evidence: its document information says which version it is
 * (title, permanent URL, dates, and the SHA-256 of the source in its keywords, which
 * `npm run verify` reads back), and nothing in it depends on when or where it was printed.
 *
 * Chromium writes the print's date and time as /CreationDate and /ModDate and its own
 * version as /Creator and /Producer, and names the table header cells of the structure tree
 * by its renderer's DOM node numbers (`/ID (node00000517)`, referred to by the data cells'
 * /Headers and the /IDTree), which count every node the renderer made before; everything
 * else it writes is the same for the same page. pdf-lib rewrites the document information and saves the file whole (no incremental
 * update, no /ID): the same print gives the same bytes. Hand-patching the dates in place
 * would keep Chromium's bytes but could not add the keywords without rewriting the
 * cross-reference table, which is what pdf-lib does, tested and small. It is loaded only
 * when a PDF is stamped or read (about 0.2 s), never by a build without `pdf: true`.
 */
import type { PDFDocument, PDFObject, PDFString } from "pdf-lib";
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
  const pdfLib = await import("pdf-lib");
  const document = await pdfLib.PDFDocument.load(printed, { updateMetadata: false });
  renumberStructureIds(document, pdfLib);
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

const STRUCTURE_ID = /^node(\d+)$/;

/**
 * Chromium's structure-element ids (`node` + a DOM node number, 8 digits) numbered by their
 * rank in the document: the same page gives the same ids however many nodes the renderer
 * made before or meanwhile. Ranks keep their order (the /IDTree is sorted by them) and every
 * reference between them.
 */
function renumberStructureIds(document: PDFDocument, pdfLib: PdfLib): void {
  const ids: { number: number; replace: (id: PDFString) => void }[] = [];
  for (const [, object] of document.context.enumerateIndirectObjects()) {
    eachString(pdfLib, object, (value, replace) => {
      const match = STRUCTURE_ID.exec(value.asString());
      if (match) ids.push({ number: Number(match[1]), replace });
    });
  }
  // Ranked, not shifted: pages printed at the same time share the renderer's count, so the
  // gaps between one document's numbers vary too.
  const ranks = new Map(
    [...new Set(ids.map((id) => id.number))]
      .sort((a, b) => a - b)
      .map((number, index) => [number, index + 1]),
  );
  for (const id of ids) {
    id.replace(pdfLib.PDFString.of(`node${String(ranks.get(id.number)).padStart(8, "0")}`));
  }
}

/** Calls `found` with every string inside `object` (arrays and dictionaries) and a way to replace it. */
function eachString(
  pdfLib: PdfLib,
  object: PDFObject | undefined,
  found: (value: PDFString, replace: (next: PDFString) => void) => void,
): void {
  const { PDFArray, PDFDict, PDFString } = pdfLib;
  if (object instanceof PDFArray) {
    object.asArray().forEach((item, index) => {
      if (item instanceof PDFString) found(item, (next) => object.set(index, next));
      else eachString(pdfLib, item, found);
    });
  } else if (object instanceof PDFDict) {
    for (const [key, value] of object.entries()) {
      if (value instanceof PDFString) found(value, (next) => object.set(key, next));
      else eachString(pdfLib, value, found);
    }
  }
}

type PdfLib = typeof import("pdf-lib");

/** The SHA-256 a PDF says its source has (its `sha256:` keyword), or undefined. */
export async function pdfSourceHash(bytes: Uint8Array): Promise<string | undefined> {
  try {
    const { PDFDocument } = await import("pdf-lib");
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
