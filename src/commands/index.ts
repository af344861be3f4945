/**
 * What the command-line tools share: usage errors, failure messages, starting a new version. Node only.
 *
 * This file is the folder's face: code outside src/commands/ imports from here.
 */
export * from "./cli.ts";
export * from "./new-version.ts";
export * from "./changes.ts";
