/**
 * The Redline integration: the one pipeline from the content folder to the pages.
 *
 *   content/ ──validateSite──▶ SiteModel ──virtual:redline/site-model──▶ src/pages/
 *
 * It validates the content once (the same `validateSite` that `npm run check` runs), keeps
 * the one site model, and hands that model to the pages through a Vite virtual module, as
 * Starlight hands its configuration to its pages. Nothing travels through `process.env`,
 * a global or a second read of the content folder: the pages render the very records that
 * were validated, down to the bytes the `.md` routes serve, and the redline blocks read
 * from the same Markdown tree as the HTML (the pages never parse Markdown).
 *
 * `npm run build` validates first, as its own stage, and passes the model in (`model`), so
 * a mistake stops the build before Astro starts. `npm run dev` lets the integration load
 * the content itself and watch it (src/integrations/live-preview.ts).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import type { Plugin } from "vite";
import { validateSite } from "../build/index.ts";
import { bundleFooterClient } from "../outputs/index.ts";
import type { SiteModel } from "../site/index.ts";
import { watchContent } from "./live-preview.ts";
import { serializeSiteModel } from "./site-model-transfer.ts";
import { indexSite } from "./pagefind.ts";

export interface RedlineOptions {
  /** The content folder: site.yml and one folder per policy. */
  contentDir: string;
  /** `YYYY-MM-DD`: build the site as it is on that day (AS_OF); default today in the site's time zone. */
  asOf?: string | undefined;
  /** The model `validateSite` already built from `contentDir` and `asOf`, when the caller validated first. */
  model?: SiteModel | undefined;
  /** Told what an editor should act on that does not stop publishing (e.g. an unlocked version). */
  onWarning?: ((message: string) => void) | undefined;
}

/** The modules pages import (declared in src/virtual-modules.d.ts). */
export const SITE_MODEL_MODULE = "virtual:redline/site-model";
const RESOLVED_SITE_MODEL_MODULE = `\0${SITE_MODEL_MODULE}`;
/** Where a build hands the serialized model to the server bundle, in Astro's cache folder. */
const SITE_MODEL_FILE = "redline/site-model.devalue.json";
const FOOTER_CLIENT_MODULE = "virtual:redline/footer-client";
const RESOLVED_FOOTER_CLIENT_MODULE = `\0${FOOTER_CLIENT_MODULE}`;

export default function redline(options: RedlineOptions): AstroIntegration {
  let model = options.model;
  let projectRoot = process.cwd();
  const validate = () =>
    validateSite({
      contentDir: options.contentDir,
      projectRoot,
      asOf: options.asOf,
      ...(options.onWarning ? { onWarning: options.onWarning } : {}),
    });
  // Loaded on first use: `astro check` and `astro preview` never need the content.
  const current = () => (model ??= validate());

  return {
    name: "redline",
    hooks: {
      "astro:config:setup": ({ config, command, updateConfig }) => {
        projectRoot = fileURLToPath(config.root);
        // A build hands the model over in a file of its cache folder, read once by the
        // server bundle; the dev server inlines it, so that a content change can replace it.
        const handoff =
          command === "build"
            ? fileURLToPath(new URL(SITE_MODEL_FILE, config.cacheDir))
            : undefined;
        updateConfig({
          vite: { plugins: [siteModelPlugin(current, handoff), footerClientPlugin()] },
        });
      },
      // Last, once the pages are written: the search index, from the same model.
      "astro:build:done": async ({ dir, logger }) => {
        const { versions, records, recordsInEffect } = await indexSite(
          fileURLToPath(dir),
          current(),
        );
        logger.info(
          `Indexed ${records} distinct sections of ${versions} version${versions === 1 ? "" : "s"} for search (${recordsInEffect} in effect)`,
        );
      },
      "astro:server:setup": ({ server, logger }) => {
        watchContent({
          server,
          logger,
          contentDir: options.contentDir,
          moduleId: RESOLVED_SITE_MODEL_MODULE,
          revalidate: () => {
            model = validate();
          },
        });
      },
    },
  };
}

/**
 * `virtual:redline/site-model` exports `siteModel`, serialized by site-model-transfer.ts
 * and parsed once when the pages' server bundle first runs.
 *
 * In a build, the serialized model is written to a file in Astro's cache folder and the
 * module reads it from there, because module text goes through the whole server bundling,
 * which costs many times its size in memory: measured on the benchmark corpus (83
 * versions, a 14 MB model), the build's peak memory fell from about 0.9 GB to 0.6 GB. The
 * dev server inlines it instead, so that a content change can replace the module.
 */
function siteModelPlugin(siteModel: () => SiteModel, handoff: string | undefined): Plugin {
  const transfer = JSON.stringify(
    fileURLToPath(new URL("./site-model-transfer.ts", import.meta.url)),
  );
  return {
    name: "redline:site-model",
    resolveId: (id) => (id === SITE_MODEL_MODULE ? RESOLVED_SITE_MODEL_MODULE : undefined),
    load(id) {
      if (id !== RESOLVED_SITE_MODEL_MODULE) return undefined;
      const serialized = serializeSiteModel(siteModel());
      const imports = `import { parseSiteModel } from ${transfer};`;
      if (handoff) {
        mkdirSync(dirname(handoff), { recursive: true });
        writeFileSync(handoff, serialized);
        return [
          imports,
          `import { readFileSync } from "node:fs";`,
          `export const siteModel = parseSiteModel(readFileSync(${JSON.stringify(handoff)}, "utf8"));`,
        ].join("\n");
      }
      // One string literal, parsed once at run time: far cheaper for the bundler than an
      // object literal of the same size.
      return [
        imports,
        `export const siteModel = parseSiteModel(${JSON.stringify(serialized)});`,
      ].join("\n");
    },
  };
}

/** `virtual:redline/footer-client`: the footer script, bundled from its TypeScript source. */
function footerClientPlugin(): Plugin {
  return {
    name: "redline:footer-client",
    resolveId: (id) => (id === FOOTER_CLIENT_MODULE ? RESOLVED_FOOTER_CLIENT_MODULE : undefined),
    load: (id) =>
      id === RESOLVED_FOOTER_CLIENT_MODULE
        ? `export default ${JSON.stringify(bundleFooterClient())};`
        : undefined,
  };
}
