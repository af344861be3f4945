/**
 * Content-layer loaders: the validated content from src/lib, handed to Astro's
 * collections. Validation is the same code `npm run check` runs.
 */
import { fileURLToPath } from "node:url";
import type { Loader } from "astro/loaders";
import { loadSiteConfig } from "../content/index.ts";
import { loadContentOnce } from "../content/index.ts";
import { contentDirectory } from "../content/index.ts";

/** One entry per version, id `<policy>/<YYYY-MM-DD>`, data = its front matter. */
export function versionsLoader(): Loader {
  return {
    name: "redline-versions",
    async load({ store, parseData, config, generateDigest }) {
      const root = fileURLToPath(config.root);
      const content = loadContentOnce(contentDirectory(root), root);
      store.clear();
      for (const version of content.versions) {
        const id = `${version.policy}/${version.effective}`;
        const data = await parseData({ id, data: version.frontMatter, filePath: version.file });
        store.set({
          id,
          data,
          body: version.body,
          filePath: version.file,
          digest: generateDigest(version.sha256),
          rendered: {
            html: version.html,
            metadata: { headings: version.headings, sha256: version.sha256 },
          },
        });
      }
    },
  };
}

/** A single entry, id `site`: `content/site.yml`. */
export function siteLoader(): Loader {
  return {
    name: "redline-site",
    async load({ store, parseData, config }) {
      const root = fileURLToPath(config.root);
      const site = loadSiteConfig(contentDirectory(root), root);
      store.clear();
      store.set({ id: "site", data: await parseData({ id: "site", data: site }) });
    },
  };
}
