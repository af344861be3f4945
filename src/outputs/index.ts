/**
 * Documents derived from the site model: the JSON API, Atom feeds, notice e-mails and the footer include.
 *
 * This file is the folder's face: code outside src/outputs/ imports from here.
 */
export * from "./api.ts";
export * from "./feeds.ts";
export * from "./footer.ts";
export * from "./footer-script.ts";
export * from "./inline-json.ts";
export * from "./json-ld.ts";
export * from "./receipt.ts";
export * from "./notice-email.ts";
export * from "./response-headers.ts";
