/**
 * The notice of a material change: its window and phase, the site's notice rule, and the reader's-clock rules. Browser-safe.
 *
 * This file is the folder's face: code outside src/notice/ imports from here.
 */
export * from "./notice.ts";
export * from "./notice-clock.ts";
export * from "./notice-rule.ts";
