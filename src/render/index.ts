/**
 * A version's Markdown → syntax tree → safe HTML and headings. Browser-safe.
 *
 * This file is the folder's face: code outside src/render/ imports from here.
 */
export * from "./markdown.ts";
export * from "./render.ts";
export * from "./script-url.ts";
