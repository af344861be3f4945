/**
 * npm run check [-- --lock]
 * Validates all content without building, and says what a build today would publish.
 * --lock records newly published versions and corrections in content/published.lock.
 */
import { parseArgs } from "node:util";
import { reportFailure } from "../src/commands/cli.ts";
import { contentDirectory } from "../src/content/content-dir.ts";
import { formatLongDate } from "../src/dates/dates.ts";
import { recordLock } from "../src/archive/record-lock.ts";
import { validateSite } from "../src/build/validate-site.ts";

const USAGE = "usage: npm run check [-- --lock] [--content content]";

try {
  const { values } = parseArgs({
    options: { content: { type: "string" }, lock: { type: "boolean", default: false } },
    strict: true,
  });
  const projectRoot = process.cwd();
  const contentDir = contentDirectory(projectRoot, values.content);
  const model = validateSite({
    contentDir,
    projectRoot,
    asOf: process.env["AS_OF"],
    // With --lock the unrecorded versions are recorded below instead.
    onWarning: (warning) => {
      if (!values.lock) console.warn(`! ${warning}`);
    },
  });
  if (values.lock) {
    recordLock({ contentDir, projectRoot, today: model.today, log: (line) => console.log(line) });
  }
  console.log(`✓ Content is valid. Today is ${model.today} (${model.site.timezone}).`);
  for (const policy of model.policies) {
    const current = policy.current
      ? `in effect since ${policy.current.effective}`
      : "not in effect yet";
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
  reportFailure(error, USAGE);
}
