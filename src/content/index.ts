/**
 * Reading and validating the content folder: site.yml, version files, the one schema, and the editor-facing errors (`file:line: message`). Node only.
 *
 * This file is the folder's face: code outside src/content/ imports from here.
 */
export * from "./content.ts";
export * from "./content-dir.ts";
export * from "./content-error.ts";
export * from "./schema.ts";
export * from "./version-file.ts";
export * from "./version-source.ts";
export * from "./yaml-data.ts";
export * from "./invisible.ts";
export * from "./translation-source.ts";
