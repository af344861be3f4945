/**
 * npm run changes -- --base <git ref> [--content content]
 * Prints, in Markdown, what the current branch changes in the policies against <git ref>:
 * versions added, edited or removed, each change's kind, words and sections, readability,
 * the notice rule's verdict and what the lock requires. Exits 1 when a check refuses the
 * branch's content (the report is printed all the same, for the pull request).
 */
import { parseArgs } from "node:util";
import { describeChanges, reportFailure } from "../src/commands/index.ts";
import { contentDirectory } from "../src/content/content-dir.ts";
import { UsageError } from "../src/content/content-error.ts";

const USAGE = "usage: npm run changes -- --base <git ref> [--content content]";

try {
  const { values } = parseArgs({
    options: { base: { type: "string" }, content: { type: "string" } },
    strict: true,
  });
  if (!values.base?.trim())
    throw new UsageError(`--base is required: the branch to compare with\n${USAGE}`);
  const projectRoot = process.cwd();
  const report = describeChanges({
    contentDir: contentDirectory(projectRoot, values.content),
    projectRoot,
    base: values.base,
    asOf: process.env["AS_OF"],
  });
  process.stdout.write(report.markdown);
  if (report.failed) process.exitCode = 1;
} catch (error) {
  reportFailure(error, USAGE);
}
