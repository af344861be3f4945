/**
 * The validated site model every output is rendered from, its permanent URLs and its routes. Browser-safe.
 *
 * This file is the folder's face: code outside src/site/ imports from here.
 */
export * from "./compare-choice.ts";
export * from "./lookup.ts";
export * from "./routes.ts";
export * from "./site-model.ts";
export * from "./urls.ts";
export * from "./version-facts.ts";
export * from "./translations.ts";
