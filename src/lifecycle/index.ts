/**
 * Withdrawn and postponed versions: the rules on their records, and the notices and
 * sentences that tell readers. Browser-safe.
 *
 * This file is the folder's face: code outside src/lifecycle/ imports from here.
 */
export * from "./lifecycle.ts";
