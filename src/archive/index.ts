/**
 * The archive: the lock of published versions, recording it, and verifying a built site against it. Node only.
 *
 * This file is the folder's face: code outside src/archive/ imports from here.
 */
export * from "./atomic-write.ts";
export * from "./lock.ts";
export * from "./publishing-checks.ts";
export * from "./record-lock.ts";
export * from "./verify.ts";
export * from "./archive-history.ts";
export * from "./content-at.ts";
export * from "./translation-basis.ts";
