/**
 * Readability of a version: words, sentences, syllables, reading time and reading ease
 * (Flesch for English; the formula named for German, Spanish and French), and the site's
 * minimum. Browser-safe.
 *
 * This file is the folder's face: code outside src/readability/ imports from here.
 */
export * from "./readability.ts";
export * from "./in-language.ts";
export * from "./text-blocks.ts";
export * from "./minimum.ts";
