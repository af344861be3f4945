/**
 * Languages: the authoritative one and its translations, BCP 47 tags and their direction,
 * the interface's words in each language. Browser-safe.
 *
 * This file is the folder's face: code outside src/i18n/ imports from here.
 */
export * from "./language-tag.ts";
export * from "./languages.ts";
export * from "./strings.ts";
