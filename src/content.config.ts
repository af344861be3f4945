import { defineCollection } from "astro:content";
import { siteConfigSchema, versionFrontMatterSchema } from "./content/index.ts";
import { siteLoader, versionsLoader } from "./loaders/redline.ts";

export const collections = {
  /** Every version of every policy: `content/<policy>/<YYYY-MM-DD>.md`. */
  versions: defineCollection({ loader: versionsLoader(), schema: versionFrontMatterSchema }),
  /** `content/site.yml`. */
  site: defineCollection({ loader: siteLoader(), schema: siteConfigSchema }),
};
