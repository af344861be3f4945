// @ts-check
import { defineConfig } from "astro/config";
import pagefind from "./src/integrations/pagefind.ts";

export default defineConfig({
  // Version pages are folders (/privacy/2014-03-15/), so a URL works with or without "index.html".
  build: { format: "directory" },
  trailingSlash: "ignore",
  devToolbar: { enabled: false },
  // Two routes that would write the same file stop the build instead of one silently losing
  // (a policy named like a page of the site is refused earlier, by validation).
  experimental: { failOnPrerenderConflict: true },
  // Last: indexes the finished pages for search (dist/pagefind/).
  integrations: [pagefind()],
});
