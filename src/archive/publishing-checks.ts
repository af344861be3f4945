/**
 * The rules about publishing that span versions, run by `npm run check` and by every
 * build after the content itself is valid: the site's notice rule and the archive lock.
 */
import type { Content } from "../content/index.ts";
import type { ContentProblem } from "../content/index.ts";
import type { CalendarDate } from "../dates/index.ts";
import { checkLock, readLock } from "./lock.ts";
import { noticeSettings } from "../notice/index.ts";
import { checkNoticeRule } from "../notice/index.ts";

export interface PublishingCheck {
  problems: ContentProblem[];
  /** Not errors, but an editor should act: published versions the lock does not record. */
  warnings: string[];
}

export function checkPublishing(input: {
  content: Content;
  today: CalendarDate;
  contentDir: string;
  projectRoot: string;
}): PublishingCheck {
  const { content, today } = input;
  const problems = checkNoticeRule(content.versions, noticeSettings(content.site));
  const lock = readLock(input.contentDir, input.projectRoot);
  if (!lock.ok) return { problems: [...problems, ...lock.problems], warnings: [] };
  const checked = checkLock({
    versions: content.versions,
    entries: lock.value,
    lockFile: lock.file,
    today,
  });
  return { problems: [...problems, ...checked.problems], warnings: checked.unrecorded };
}
