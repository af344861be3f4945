/**
 * npm run footer [-- --format html|js|json] [--out <file>] [--site <host>] [--lang <tag>] [--content <dir>]
 * Writes the footer include for a related site (README, "For related sites"): the same
 * files the build publishes under /embed/. --site checks that the host is one of the
 * related sites in content/site.yml. --lang de writes it in one of site.yml's translations
 * (as /embed/footer.de.html). AS_OF=YYYY-MM-DD renders it as of that day.
 */
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { writeFileAtomically } from "../src/archive/atomic-write.ts";
import { reportFailure } from "../src/commands/cli.ts";
import { UsageError } from "../src/content/content-error.ts";
import { contentDirectory } from "../src/content/content-dir.ts";
import {
  checkRelatedSite,
  FOOTER_FORMATS,
  footerLanguage,
  footerData,
  renderFooter,
  type FooterFormat,
} from "../src/outputs/footer.ts";
import { validateSite } from "../src/build/validate-site.ts";
import { bundleFooterClient } from "../src/outputs/footer-script.ts";

const isFormat = (value: string): value is FooterFormat =>
  (FOOTER_FORMATS as readonly string[]).includes(value);

const USAGE =
  "usage: npm run footer [-- --format html|js|json] [--out <file>] [--site <host>] [--lang <tag>] [--content <dir>]";

try {
  const { values } = parseArgs({
    options: {
      format: { type: "string", default: "html" },
      out: { type: "string" },
      site: { type: "string" },
      lang: { type: "string" },
      content: { type: "string" },
    },
    strict: true,
  });
  const format = values.format;
  if (!isFormat(format)) {
    throw new UsageError(
      `--format ${format} is not a footer format: use ${FOOTER_FORMATS.join(", ")}`,
    );
  }
  const projectRoot = process.cwd();
  const model = validateSite({
    contentDir: contentDirectory(projectRoot, values.content),
    projectRoot,
    asOf: process.env["AS_OF"],
  });
  if (values.site !== undefined) checkRelatedSite(model.site, values.site, model.siteSource?.file);
  const language = values.lang === undefined ? undefined : footerLanguage(model, values.lang);
  const output = renderFooter(footerData(model, language), format, bundleFooterClient());
  if (values.out) {
    // Written whole or not at all: a host's build never picks up half a footer.
    const target = resolve(values.out);
    mkdirSync(dirname(target), { recursive: true });
    writeFileAtomically(target, output);
  } else {
    process.stdout.write(output);
  }
} catch (error) {
  reportFailure(error, USAGE);
}
