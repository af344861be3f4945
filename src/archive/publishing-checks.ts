/**
 * The rules about publishing that span versions, run by `npm run check` and by every
 * build after the content itself is valid: the site's notice rule and the archive lock.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Content } from "../content/index.ts";
import type { ContentProblem } from "../content/index.ts";
import type { CalendarDate } from "../dates/index.ts";
import { checkLock, readLock, type LockableVersion } from "./lock.ts";
import { noticeSettings } from "../notice/index.ts";
import { checkNoticeRule, frontMatterLineFinder } from "../notice/index.ts";

export interface PublishingCheck {
  problems: ContentProblem[];
  /** Not errors, but an editor should act: published versions the lock does not record. */
  warnings: string[];
}

/** The versions of `content` as the lock sees them. */
export function lockableVersions(content: Content): LockableVersion[] {
  return content.versions.map((version) => ({
    policy: version.policy,
    effective: version.effective,
    announced: version.announced,
    sha256: version.sha256,
    file: version.file,
    corrections: version.frontMatter.corrections ?? [],
  }));
}

export function checkPublishing(input: {
  content: Content;
  today: CalendarDate;
  contentDir: string;
  projectRoot: string;
}): PublishingCheck {
  const { content, today } = input;
  const problems = checkNoticeRule(
    content.versions.map((version) => ({
      policy: version.policy,
      effective: version.effective,
      announced: version.announced,
      material: version.frontMatter.material,
      urgent: version.frontMatter.urgent,
      file: version.file,
      // Read only when a rule is broken, to point at the line.
      lineOf: (key: string) =>
        frontMatterLineFinder(readFileSync(join(input.projectRoot, version.file), "utf8"))(key),
    })),
    noticeSettings(content.site),
  );
  const lock = readLock(input.contentDir, input.projectRoot);
  if (!lock.ok) return { problems: [...problems, ...lock.problems], warnings: [] };
  const checked = checkLock({
    versions: lockableVersions(content),
    entries: lock.value,
    lockFile: lock.file,
    today,
  });
  return { problems: [...problems, ...checked.problems], warnings: checked.unrecorded };
}
