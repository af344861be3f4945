/**
 * Search: the records Pagefind indexes and how the search page reads its results. Browser-safe.
 *
 * This file is the folder's face: code outside src/search/ imports from here.
 */
export * from "./search.ts";
export * from "./search-records.ts";
