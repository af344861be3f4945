/**
 * The Redline integration: the one pipeline from the content folder to the pages.
 *
 *   content/ ──validateSite──▶ SiteModel ──virtual:redline/site-model──▶ src/pages/
 *
 * It validates the content once (the same `validateSite` that `npm run check` runs), keeps
 * the one site model, and hands that model to the pages through a Vite virtual module, as
 * Starlight hands its configuration to its pages. Nothing travels through `process.env`,
 * a global or a second read of the content folder: the pages render the very records that
 * were validated, down to the bytes the `.md` routes serve.
 *
 * `npm run build` validates first, as its own stage, and passes the model in (`model`), so
 * a mistake stops the build before Astro starts. `npm run dev` lets the integration load
 * the content itself and watch it (src/integrations/live-preview.ts).
 */
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { stringify } from "devalue";
import type { Plugin } from "vite";
import { validateSite } from "../build/index.ts";
import { bundleFooterClient } from "../outputs/index.ts";
import type { SiteModel } from "../site/index.ts";
import { watchContent } from "./live-preview.ts";
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
      "astro:config:setup": ({ config, updateConfig }) => {
        projectRoot = fileURLToPath(config.root);
        updateConfig({ vite: { plugins: [siteModelPlugin(current), footerClientPlugin()] } });
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
 * `virtual:redline/site-model` exports `siteModel`. The model is serialized with devalue
 * (which Astro uses for its own props) rather than JSON: the model shares objects (a
 * policy's `current`, `latest` and `notice.version` are entries of its `versions`), keeps
 * `undefined` fields and the source bytes, and the pages see the same shape.
 */
function siteModelPlugin(siteModel: () => SiteModel): Plugin {
  return {
    name: "redline:site-model",
    resolveId: (id) => (id === SITE_MODEL_MODULE ? RESOLVED_SITE_MODEL_MODULE : undefined),
    load(id) {
      if (id !== RESOLVED_SITE_MODEL_MODULE) return undefined;
      // One string literal, parsed once at run time: far cheaper for the bundler than an
      // object literal of the same size.
      return [
        `import { parse } from "devalue";`,
        `export const siteModel = parse(${JSON.stringify(stringify(siteModel()))});`,
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
