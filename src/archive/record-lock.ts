/**
 * `npm run check -- --lock [--import]`: records every published version and pending
 * correction in content/published.lock. Runs after the content passed every check, so it
 * never records a changed text that no correction explains. `today` is the real clock's
 * day: the lock records a version on its announcement day and a correction on its date,
 * or, with `--import` (the existing history of a new site), marks late lines imported.
 */
import { loadContent } from "../content/index.ts";
import { ContentError } from "../content/index.ts";
import type { CalendarDate } from "../dates/index.ts";
import { lockableTranslations, readLock, recordPublished, writeLock } from "./lock.ts";

export function recordLock(input: {
  contentDir: string;
  projectRoot: string;
  today: CalendarDate;
  importing?: boolean;
  log: (line: string) => void;
}): void {
  const lock = readLock(input.contentDir, input.projectRoot);
  if (!lock.ok) throw new ContentError(lock.problems);
  const content = loadContent(input.contentDir, input.projectRoot);
  const { entries, recorded, problems } = recordPublished({
    versions: [
      ...content.versions,
      ...lockableTranslations(content.translations, content.versions),
    ],
    entries: lock.value,
    today: input.today,
    importing: input.importing ?? false,
  });
  if (problems.length > 0) throw new ContentError(problems);
  if (recorded.length === 0) {
    input.log(`✓ ${lock.file} already records every published version.`);
    return;
  }
  writeLock(input.contentDir, entries);
  for (const line of recorded) input.log(`  ${line}`);
  input.log(`✓ Updated ${lock.file}: commit it with the content.`);
}
