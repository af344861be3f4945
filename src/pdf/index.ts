/**
 * A PDF of every version (site.yml `pdf: true`): finding Chromium, printing each version's
 * print view at build time, and the document information `verify` reads back. Node only.
 *
 * This file is the folder's face: code outside src/pdf/ imports from here.
 */
export * from "./browser.ts";
export * from "./pdf-metadata.ts";
export * from "./print-pdfs.ts";
