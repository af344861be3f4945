// @ts-check
// For `astro check` and `astro preview`; `npm run build` and `npm run dev` pass their own
// options to the same configuration (src/integrations/astro-config.ts).
import { fileURLToPath } from "node:url";
import { defineConfig } from "astro/config";
import { redlineAstroConfig } from "./src/integrations/astro-config.ts";

export default defineConfig(
  redlineAstroConfig({ contentDir: fileURLToPath(new URL("./content/", import.meta.url)) }),
);
