/**
 * npm run check [-- --lock [--import]]
 * Validates all content without building, and says what a build today would publish.
 * --lock records versions announced today and corrections dated today (by the real clock)
 * in content/published.lock; --import also records earlier ones, the existing history of a
 * new site, marked imported.
 */
import { parseArgs } from "node:util";
import { reportFailure } from "../src/commands/cli.ts";
import { contentDirectory } from "../src/content/content-dir.ts";
import { formatLongDate } from "../src/dates/dates.ts";
import { recordLock } from "../src/archive/record-lock.ts";
import { validateSite } from "../src/build/validate-site.ts";
import { UsageError } from "../src/content/content-error.ts";
import { resolveToday } from "../src/dates/today.ts";

const USAGE = "usage: npm run check [-- --lock [--import]] [--content content]";

try {
  const { values } = parseArgs({
    options: {
      content: { type: "string" },
      lock: { type: "boolean", default: false },
      import: { type: "boolean", default: false },
    },
    strict: true,
  });
  if (values.import && !values.lock) {
    throw new UsageError(
      "--import records into the lock: use it with --lock (npm run check -- --lock --import)",
    );
  }
  const projectRoot = process.cwd();
  const contentDir = contentDirectory(projectRoot, values.content);
  const model = validateSite({
    contentDir,
    projectRoot,
    asOf: process.env["AS_OF"],
    importing: values.import,
    // With --lock the unrecorded versions are recorded below instead.
    onWarning: (warning) => {
      if (!values.lock) console.warn(`! ${warning}`);
    },
  });
  if (values.lock) {
    // The real clock's day, whatever AS_OF says: the lock proves when things happened.
    const recordingDay = resolveToday({ asOf: undefined, timeZone: model.site.timezone });
    if (recordingDay !== model.today) {
      console.log(`  The lock records by the real clock: today is ${recordingDay}, not AS_OF.`);
    }
    recordLock({
      contentDir,
      projectRoot,
      today: recordingDay,
      importing: values.import,
      log: (line) => console.log(line),
    });
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
    if (policy.withdrawal) {
      console.log(
        `    withdrawal of the version of ${policy.withdrawal.version.effective} told until ${policy.withdrawal.window.end}`,
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
