/**
 * What Git remembers of the archive. The lock lives in Git with the content, so a lock
 * deleted, a line removed or a version announced "two months ago" that nobody committed
 * until today can all be told from history, the way Git itself never lets history be
 * rewritten silently:
 *
 * - every version the lock ever recorded, in any commit that touched it, and the commit;
 * - the day each version file first appeared in a commit (in the site's time zone), the
 *   earliest day its announcement can be proved.
 *
 * History is read with two `git log` calls. A content folder outside a Git repository, a
 * machine without git, or a shallow clone (whose first commit is not the real first one)
 * gives no history and a reason, which the checks print as a warning.
 */
import { execFileSync } from "node:child_process";
import { dayInTimeZone, type CalendarDate } from "../dates/index.ts";
import { LOCK_FILE, sha256Hex } from "../content/index.ts";
import { lockName, parseLock } from "./lock.ts";

/** A commit, as messages name it. */
export interface CommitRef {
  commit: string;
  day: CalendarDate;
}

export type ArchiveHistory =
  | { available: false; reason: string }
  | {
      available: true;
      /** The newest commit that recorded a version in the lock, if any did. */
      lastRecorded: CommitRef | undefined;
      /** Every `<policy>/<date>.md` the lock ever recorded, with the first commit that did. */
      everRecorded: Map<string, CommitRef>;
      /** Every SHA-256 the lock ever recorded for each file, with the first commit that did. */
      recordedHashes: Map<string, Map<string, CommitRef>>;
      /** The day each `<policy>/<date>.md` first appeared in a commit. */
      firstCommitted: Map<string, CalendarDate>;
      /** The newest commit that deleted each file once committed. */
      lastDeleted: Map<string, CommitRef>;
    };

/** Runs git in `folder`; the output, or why it failed. */
export function git(folder: string, args: string[]): { output: string } | { failed: string } {
  try {
    const output = execFileSync("git", ["-C", folder, ...args], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      maxBuffer: 256 * 1024 * 1024,
    });
    return { output };
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stderr?: string };
    if (failure.code === "ENOENT") return { failed: "git is not installed" };
    return { failed: (failure.stderr ?? failure.message).split("\n")[0] ?? "git failed" };
  }
}

/** Reads the archive's history for `contentDir`; days are calendar days in `timeZone`. */
export function readArchiveHistory(contentDir: string, timeZone: string): ArchiveHistory {
  const inside = git(contentDir, ["rev-parse", "--is-inside-work-tree", "--is-shallow-repository"]);
  if ("failed" in inside) {
    return {
      available: false,
      reason: /not a git repository/i.test(inside.failed)
        ? "the content folder is not in a Git repository"
        : inside.failed,
    };
  }
  if (inside.output.split("\n")[1]?.trim() === "true") {
    return {
      available: false,
      reason: "the repository is a shallow clone (fetch its whole history, e.g. fetch-depth: 0)",
    };
  }
  const dayOf = (seconds: string) => dayInTimeZone(new Date(Number(seconds) * 1000), timeZone);

  // Every line ever added to the lock, commit by commit (oldest last).
  const lockLog = git(contentDir, [
    "log",
    "--no-renames",
    "--no-color",
    "--no-ext-diff",
    "--relative",
    "-p",
    "--format=%x00%H %ct",
    "--",
    LOCK_FILE,
  ]);
  // Every file ever added to or deleted from the content folder, commit by commit.
  const filesLog = git(contentDir, [
    "log",
    "--no-renames",
    "--relative",
    "--diff-filter=AD",
    "--name-status",
    "--format=%x00%H %ct",
    "--",
    ".",
  ]);
  if ("failed" in lockLog) return { available: false, reason: lockLog.failed };
  if ("failed" in filesLog) return { available: false, reason: filesLog.failed };

  let lastRecorded: CommitRef | undefined;
  const everRecorded = new Map<string, CommitRef>();
  const recordedHashes = new Map<string, Map<string, CommitRef>>();
  for (const [header = "", ...lines] of commits(lockLog.output)) {
    const [commit = "", seconds = "0"] = header.split(" ");
    const ref = { commit: commit.slice(0, 12), day: dayOf(seconds) };
    const added = lines.filter((line) => line.startsWith("+") && !line.startsWith("+++"));
    const parsed = parseLock(added.map((line) => line.slice(1)).join("\n"), LOCK_FILE);
    const entries = parsed.ok ? parsed.value : [];
    if (entries.length > 0) lastRecorded ??= ref;
    // Newest first: the last assignment is the oldest commit that recorded the version.
    for (const entry of entries) {
      const name = lockName(entry);
      everRecorded.set(name, ref);
      const hashes = recordedHashes.get(name) ?? new Map<string, CommitRef>();
      hashes.set(entry.sha256, ref);
      recordedHashes.set(name, hashes);
    }
  }

  const firstCommitted = new Map<string, CalendarDate>();
  const lastDeleted = new Map<string, CommitRef>();
  for (const [header = "", ...lines] of commits(filesLog.output)) {
    const [commit = "", seconds = "0"] = header.split(" ");
    const ref = { commit: commit.slice(0, 12), day: dayOf(seconds) };
    for (const line of lines) {
      const [status, name] = line.split("\t");
      if (!name) continue;
      // Newest first: the last addition seen is the first; the first deletion, the last.
      if (status === "A") firstCommitted.set(name, ref.day);
      else if (status === "D" && !lastDeleted.has(name)) lastDeleted.set(name, ref);
    }
  }
  return {
    available: true,
    lastRecorded,
    everRecorded,
    recordedHashes,
    firstCommitted,
    lastDeleted,
  };
}

/** `git log` output split at each commit's header (the `%x00` format), as lines. */
function commits(output: string): string[][] {
  return output
    .split("\0")
    .slice(1)
    .map((block) => block.split("\n"));
}

/**
 * Every text a content file has had in Git, newest first: the SHA-256 of each committed
 * revision and the day of its commit. One `git log` for the revisions' blobs and one
 * `git cat-file --batch` for their bytes. Empty when Git cannot tell.
 */
export function committedTexts(
  contentDir: string,
  name: string,
  timeZone: string,
): { sha256: string; day: CalendarDate }[] {
  const log = git(contentDir, [
    "log",
    "--no-renames",
    "--relative",
    "--raw",
    "--no-abbrev",
    "--format=%x00%ct",
    "--",
    name,
  ]);
  if ("failed" in log) return [];
  const revisions = commits(log.output).flatMap(([seconds = "0", ...lines]) => {
    const blob = lines
      .map((line) => /^:\S+ \S+ \S+ ([0-9a-f]{40,64}) /.exec(line)?.[1])
      .find(Boolean);
    return blob && !/^0+$/.test(blob)
      ? [{ blob, day: dayInTimeZone(new Date(Number(seconds) * 1000), timeZone) }]
      : [];
  });
  if (revisions.length === 0) return [];
  let output: Buffer;
  try {
    output = execFileSync("git", ["-C", contentDir, "cat-file", "--batch"], {
      input: revisions.map((revision) => revision.blob).join("\n") + "\n",
      stdio: ["pipe", "pipe", "ignore"],
      maxBuffer: 256 * 1024 * 1024,
    });
  } catch {
    return [];
  }
  // Each answer: "<blob> blob <size>\n<bytes>\n".
  const texts: { sha256: string; day: CalendarDate }[] = [];
  let offset = 0;
  for (const revision of revisions) {
    const headerEnd = output.indexOf(0x0a, offset);
    const size = Number(output.subarray(offset, headerEnd).toString("utf8").split(" ")[2]);
    if (!Number.isFinite(size)) break;
    const bytes = output.subarray(headerEnd + 1, headerEnd + 1 + size);
    texts.push({ sha256: sha256Hex(bytes), day: revision.day });
    offset = headerEnd + 1 + size + 1;
  }
  return texts;
}
