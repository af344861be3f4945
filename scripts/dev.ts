/**
 * npm run dev [-- --port 4321] [--content content]
 * Serves the site for editors and updates it when a version file or site.yml is saved
 * (src/integrations/live-preview.ts). AS_OF=YYYY-MM-DD previews the site as of that day.
 */
import { parseArgs } from "node:util";
import { dev } from "astro";
import { reportFailure } from "../src/commands/cli.ts";
import { UsageError } from "../src/content/content-error.ts";
import { contentDirectory } from "../src/content/content-dir.ts";
import { redlineAstroConfig } from "../src/integrations/astro-config.ts";

const USAGE = "usage: npm run dev [-- --port 4321] [--content content]";

try {
  const { values } = parseArgs({
    options: { port: { type: "string", default: "4321" }, content: { type: "string" } },
    strict: true,
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new UsageError(`--port ${values.port} is not a port number (1 to 65535)`);
  }
  const projectRoot = process.cwd();
  await dev({
    configFile: false,
    ...redlineAstroConfig({
      contentDir: contentDirectory(projectRoot, values.content),
      asOf: process.env["AS_OF"],
      onWarning: (warning) => console.warn(`! ${warning}`),
    }),
    root: projectRoot,
    server: { port },
  });
} catch (error) {
  reportFailure(error, USAGE);
}
