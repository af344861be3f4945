// The baseline for `npm run bench`: a plain Astro build of the same Markdown pages,
// with Astro's own glob loader and Markdown pipeline, one page per version.
import { defineConfig } from "astro/config";

export default defineConfig({ build: { format: "directory" }, devToolbar: { enabled: false } });
