/**
 * npm run build [-- --out dist] [--content content]
 * Validates the content, builds the site into --out (default dist/), prints each stage.
 * AS_OF=YYYY-MM-DD builds the site as it will be (or was) on that day; CHROME_PATH names the
 * Chromium that prints the PDFs when site.yml says `pdf: true`.
 */
import { parseArgs } from "node:util";
import { buildSite } from "../src/build/build-site.ts";
import { reportFailure } from "../src/commands/cli.ts";
import { contentDirectory } from "../src/content/content-dir.ts";

const USAGE = "usage: npm run build [-- --out dist] [--content content] [--verbose]";

try {
  const { values } = parseArgs({
    options: {
      out: { type: "string", default: "dist" },
      content: { type: "string" },
      verbose: { type: "boolean", default: false },
    },
    strict: true,
  });
  const projectRoot = process.cwd();
  await buildSite({
    projectRoot,
    contentDir: contentDirectory(projectRoot, values.content),
    outDir: values.out,
    asOf: process.env["AS_OF"],
    chromePath: process.env["CHROME_PATH"],
    log: (line) => console.log(line),
    astroLogLevel: values.verbose ? "info" : "warn",
  });
} catch (error) {
  reportFailure(error, USAGE);
}
