/**
 * npm run check
 * Validates all content without building, and says what a build today would publish.
 */
import { parseArgs } from "node:util";
import { resolve } from "node:path";
import { reportFailure, UsageError } from "../src/lib/cli.ts";
import { contentDirectory } from "../src/lib/content-dir.ts";
import { formatLongDate } from "../src/lib/dates.ts";
import { validateSite } from "../src/lib/validate-site.ts";

try {
  const { values } = parseArgs({ options: { content: { type: "string" } }, strict: true });
  const projectRoot = process.cwd();
  const model = validateSite({
    contentDir: values.content ? resolve(values.content) : contentDirectory(projectRoot),
    projectRoot,
    asOf: process.env["AS_OF"],
  });
  console.log(`✓ Content is valid. Today is ${model.today} (${model.site.timezone}).`);
  for (const policy of model.policies) {
    const current = policy.current ? `in effect since ${policy.current.effective}` : "not in effect yet";
    console.log(`  ${policy.slug}: ${policy.versions.length} versions, ${current}`);
    if (policy.notice) {
      console.log(
        `    notice running until ${policy.notice.window.end} for the version of ${policy.notice.version.effective}`,
      );
    }
  }
  console.log(
    model.nextRebuild
      ? `Next rebuild needed on ${model.nextRebuild} (${formatLongDate(model.nextRebuild)}).`
      : "No scheduled change: no rebuild needed until the content changes.",
  );
} catch (error) {
  reportFailure(error instanceof TypeError && "code" in error ? new UsageError(error.message) : error);
}
