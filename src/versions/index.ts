/**
 * A policy's timeline: versions in order, the one in effect on a day. Browser-safe.
 *
 * This file is the folder's face: code outside src/versions/ imports from here.
 */
export * from "./versions.ts";
