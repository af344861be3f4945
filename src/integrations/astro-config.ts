/**
 * The Astro configuration of every Redline command: `astro.config.mjs` (astro check,
 * astro preview), `npm run build` (src/build/build-site.ts) and `npm run dev`
 * (scripts/dev.ts) all take it from here, each with its own options.
 */
import type { AstroUserConfig } from "astro";
import redline, { type RedlineOptions } from "./redline.ts";

export function redlineAstroConfig(options: RedlineOptions): AstroUserConfig {
  return {
    // Version pages are folders (/privacy/2014-03-15/), so a URL works with or without "index.html".
    build: { format: "directory" },
    trailingSlash: "ignore",
    devToolbar: { enabled: false },
    integrations: [redline(options)],
  };
}
