/**
 * npm run postpone -- <policy> <YYYY-MM-DD> --to <YYYY-MM-DD> --reason "…" [--content dir]
 * Moves an announced version to a later effective date (src/commands/postpone-version.ts).
 * AS_OF=YYYY-MM-DD fixes "today" (the day the postponement is dated).
 */
import { parseArgs } from "node:util";
import { loadCommandContent, reportFailure } from "../src/commands/cli.ts";
import {
  describePostponement,
  planPostponement,
  writePostponement,
} from "../src/commands/postpone-version.ts";
import { UsageError } from "../src/content/content-error.ts";
import { isCalendarDate } from "../src/dates/dates.ts";
import { resolveToday } from "../src/dates/today.ts";

const USAGE =
  'usage: npm run postpone -- <policy> <YYYY-MM-DD> --to <YYYY-MM-DD> --reason "why it is postponed"';

try {
  const { values, positionals } = parseArgs({
    options: {
      to: { type: "string" },
      reason: { type: "string" },
      content: { type: "string" },
    },
    allowPositionals: true,
    strict: true,
  });
  const [policy, date, ...extra] = positionals;
  const { to } = values;
  if (!policy || !date || extra.length > 0 || to === undefined) throw new UsageError(USAGE);
  if (!isCalendarDate(date)) {
    throw new UsageError(`${date} is not a calendar date written YYYY-MM-DD (the version's date)`);
  }
  if (!isCalendarDate(to)) {
    throw new UsageError(`--to ${to} is not a calendar date written YYYY-MM-DD`);
  }
  if (values.reason === undefined) throw new UsageError(`--reason is required\n${USAGE}`);
  const { projectRoot, contentDir, content } = loadCommandContent(values.content);
  const plan = planPostponement({
    content,
    contentDir,
    projectRoot,
    policy,
    date,
    to,
    reason: values.reason,
    today: resolveToday({ asOf: process.env["AS_OF"], timeZone: content.site.timezone }),
  });
  writePostponement(plan);
  for (const line of describePostponement(plan, projectRoot)) console.log(line);
} catch (error) {
  reportFailure(error, USAGE);
}
