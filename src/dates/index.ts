/**
 * Calendar days (`YYYY-MM-DD`) in the site's time zone, and which day "today" is. Browser-safe.
 *
 * This file is the folder's face: code outside src/dates/ imports from here.
 */
export * from "./dates.ts";
export * from "./today.ts";
