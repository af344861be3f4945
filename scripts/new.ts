/**
 * npm run new -- <policy> [--date YYYY-MM-DD] [--material] [--title "…"] [--content dir]
 * Creates the next dated version of a policy from its newest text, and says which file to
 * edit. AS_OF=YYYY-MM-DD fixes "today" (the announced date of a material version).
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

const USAGE = 'usage: npm run new -- <policy> [--date YYYY-MM-DD] [--material] [--title "…"]';

try {
  const { values, positionals } = parseArgs({
    options: {
      date: { type: "string" },
      material: { type: "boolean", default: false },
      title: { type: "string" },
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
