/**
 * The redlines a site shows: each version against the one before it, computed once per
 * build from the redline blocks each version's record carries (read from its Markdown
 * tree when the file was read, src/content/version-source.ts), so no page parses Markdown.
 *
 * Only the redlines are kept for the build. A version's unpacked blocks are dropped as
 * soon as the redline after it is made: kept for a whole history, they would outweigh
 * every redline of it several times over.
 */
import type { CalendarDate } from "../dates/index.ts";
import {
  compareVersions,
  unpackVersion,
  type PreparedVersion,
  type Redline,
  type TextChange,
} from "./index.ts";
import type { PolicyModel, VersionModel } from "../site/index.ts";

const redlinesByPolicy = new WeakMap<PolicyModel, Map<CalendarDate, Redline>>();

/** `version` read into redline blocks, ready to compare (unpacked from its record). */
export function preparedVersion(version: Pick<VersionModel, "redlineBlocks">): PreparedVersion {
  return unpackVersion(version.redlineBlocks);
}

/** Every version of `policy` that has one before it, by effective date → its redline against that one. */
export function redlinesFor(policy: PolicyModel): ReadonlyMap<CalendarDate, Redline> {
  let redlines = redlinesByPolicy.get(policy);
  if (!redlines) {
    redlines = new Map();
    let previous: { version: VersionModel; prepared: PreparedVersion } | undefined;
    for (const version of policy.versions) {
      // A version that changed only its front matter shares its body's blocks with the one before.
      const prepared =
        previous?.version.redlineBlocks === version.redlineBlocks
          ? previous.prepared
          : preparedVersion(version);
      if (previous) {
        redlines.set(version.effective, compareVersions(previous.prepared, prepared));
      }
      previous = { version, prepared };
    }
    redlinesByPolicy.set(policy, redlines);
  }
  return redlines;
}

/** The redline of `version` against the version before it; undefined for a policy's first version. */
export function redlineOf(policy: PolicyModel, version: VersionModel): Redline | undefined {
  if (version.status.kind === "withdrawn") return withdrawnRedline(policy, version);
  return redlinesFor(policy).get(version.effective);
}

const withdrawnRedlines = new WeakMap<VersionModel, Redline>();

/**
 * A withdrawn version is not in its policy's timeline; its changes page (a permanent URL
 * once announced) still shows it against the version it would have replaced.
 */
function withdrawnRedline(policy: PolicyModel, version: VersionModel): Redline | undefined {
  const previous = policy.versions.find((each) => each.effective === version.previous);
  if (!previous) return undefined;
  let redline = withdrawnRedlines.get(version);
  if (!redline) {
    redline = compareVersions(preparedVersion(previous), preparedVersion(version));
    withdrawnRedlines.set(version, redline);
  }
  return redline;
}

/**
 * The kind of change a version made to the text of the one before it (none, formatting,
 * links, wording), as its changes page says it; null for a policy's first version. The
 * history, the API, the feeds and the notice e-mail all give this one classification.
 */
export function textChangeOf(policy: PolicyModel, version: VersionModel): TextChange | null {
  return redlineOf(policy, version)?.stats.textChange ?? null;
}

/** Short words for each kind of change, for lists (history, feeds, notice e-mails). */
export const textChangeLabels: Record<TextChange, string> = {
  none: "Text unchanged",
  formatting: "Formatting only",
  links: "Links only",
  wording: "Wording changed",
};
