/**
 * Live preview for editors (`npm run dev`): when a file of the content folder changes, the
 * content is validated again and, if it is valid, the pages are rendered from the new
 * model and the browser reloads. A mistake is told the same way `npm run check` tells it,
 * `file:line: message`, in the terminal and in the browser's error overlay, and the last
 * valid model keeps being served until the mistake is fixed.
 */
import { resolve, sep } from "node:path";
import type { AstroIntegrationLogger } from "astro";
import type { ViteDevServer } from "vite";
import { ContentError } from "../content/index.ts";

export function watchContent(input: {
  server: ViteDevServer;
  logger: AstroIntegrationLogger;
  contentDir: string;
  /** The resolved id of the virtual module that holds the site model. */
  moduleId: string;
  /** Validates the content again and keeps the new model; throws ContentError on a mistake. */
  revalidate: () => void;
}): void {
  const { server, logger } = input;
  const folder = resolve(input.contentDir);
  const inContent = (file: string) =>
    resolve(file) === folder || resolve(file).startsWith(folder + sep);
  server.watcher.add(folder);

  const update = (file: string) => {
    if (!inContent(file)) return;
    try {
      input.revalidate();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      logger.error(message);
      server.hot.send({
        type: "error",
        err: {
          // Astro's overlay shows a title and a hint beside the message.
          title: "The content has a mistake",
          hint: "Fix the lines above and save: the pages reload. Until then the last valid pages are served.",
          message,
          // The problems are the whole story: no stack for an editor's mistake.
          stack: error instanceof ContentError ? "" : ((error as Error).stack ?? ""),
          plugin: "redline",
        },
      });
      return;
    }
    const module = server.moduleGraph.getModuleById(input.moduleId);
    // Vite invalidates the pages that import the model with it.
    if (module) server.moduleGraph.invalidateModule(module);
    logger.info("Content changed: pages updated");
    server.hot.send({ type: "full-reload" });
  };
  server.watcher.on("change", update);
  server.watcher.on("add", update);
  server.watcher.on("unlink", update);
}
