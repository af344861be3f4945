/**
 * The rules about publishing that span versions, run by `npm run check` and by every
 * build after the content itself is valid: the site's notice rule and the archive lock.
 */
import type { ContentProblem } from "../content/index.ts";
import type { SiteModel } from "../site/index.ts";
import { checkLock, readLock } from "./lock.ts";
import { noticeSettings } from "../notice/index.ts";
import { checkNoticeRule } from "../notice/index.ts";

export interface PublishingCheck {
  problems: ContentProblem[];
  /** Not errors, but an editor should act: published versions the lock does not record. */
  warnings: string[];
}

/** Checks the site model of valid content, whose notice windows are already computed. */
export function checkPublishing(input: {
  model: SiteModel;
  contentDir: string;
  projectRoot: string;
}): PublishingCheck {
  const { model } = input;
  const versions = model.policies.flatMap((policy) => policy.versions);
  const problems = checkNoticeRule(versions, noticeSettings(model.site));
  const lock = readLock(input.contentDir, input.projectRoot);
  if (!lock.ok) return { problems: [...problems, ...lock.problems], warnings: [] };
  const checked = checkLock({
    versions,
    entries: lock.value,
    lockFile: lock.file,
    today: model.today,
  });
  return { problems: [...problems, ...checked.problems], warnings: checked.unrecorded };
}
