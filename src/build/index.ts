/**
 * The build: validate, render with Astro, publish into the output folder without ever destroying it. Node only.
 *
 * This file is the folder's face: code outside src/build/ imports from here.
 */
export * from "./build-site.ts";
export * from "./output-folder.ts";
export * from "./stages.ts";
export * from "./validate-site.ts";
