/**
 * npm run new -- <policy> [--date YYYY-MM-DD] [--material] [--title "…"] [--content dir]
 * Creates the next dated version of a policy from its newest text, and says which file to
 * edit. AS_OF=YYYY-MM-DD fixes "today" (the announced date of a material version).
 * npm run new -- <policy> --translate <lang> [--date YYYY-MM-DD] starts a translation of
 * the version of that date (the newest without --date).
 */
import { parseArgs } from "node:util";
import { loadCommandContent, reportFailure } from "../src/commands/cli.ts";
import { UsageError } from "../src/content/content-error.ts";
import { isCalendarDate } from "../src/dates/dates.ts";
import {
  describeNewVersion,
  planNewVersion,
  writeNewVersion,
} from "../src/commands/new-version.ts";
import { resolveToday } from "../src/dates/today.ts";
import { describeNewTranslation, planNewTranslation } from "../src/commands/new-translation.ts";
import { relative } from "node:path";

const USAGE =
  'usage: npm run new -- <policy> [--date YYYY-MM-DD] [--material] [--title "…"], or <policy> --translate <lang> [--date YYYY-MM-DD]';

try {
  const { values, positionals } = parseArgs({
    options: {
      date: { type: "string" },
      material: { type: "boolean", default: false },
      title: { type: "string" },
      translate: { type: "string" },
      content: { type: "string" },
    },
    allowPositionals: true,
    strict: true,
  });
  const [policy, ...extra] = positionals;
  if (!policy || extra.length > 0) throw new UsageError(USAGE);
  if (values.date !== undefined && !isCalendarDate(values.date)) {
    throw new UsageError(`--date ${values.date} is not a calendar date written YYYY-MM-DD`);
  }
  const { projectRoot, contentDir, content } = loadCommandContent(values.content);
  if (values.translate !== undefined) {
    if (values.material || values.title !== undefined) {
      throw new UsageError(
        "--translate starts a translation of an existing version: leave out --material and --title",
      );
    }
    const plan = planNewTranslation({
      content,
      contentDir,
      policy,
      language: values.translate,
      date: values.date,
    });
    writeNewVersion(plan);
    const file = relative(projectRoot, plan.path) || plan.path;
    for (const line of describeNewTranslation(plan, file)) console.log(line);
    process.exit(0);
  }
  const plan = planNewVersion({
    content,
    contentDir,
    policy,
    date: values.date,
    material: values.material,
    title: values.title,
    today: resolveToday({ asOf: process.env["AS_OF"], timeZone: content.site.timezone }),
  });
  writeNewVersion(plan);
  for (const line of describeNewVersion(plan, projectRoot, values.material)) console.log(line);
} catch (error) {
  reportFailure(error, USAGE);
}
