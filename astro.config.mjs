// @ts-check
import { defineConfig } from "astro/config";
import pagefind from "./src/integrations/pagefind.ts";

export default defineConfig({
  // Version pages are folders (/privacy/2014-03-15/), so a URL works with or without "index.html".
  build: { format: "directory" },
  trailingSlash: "ignore",
  devToolbar: { enabled: false },
  // Last: indexes the finished pages for search (dist/pagefind/).
  integrations: [pagefind()],
});
