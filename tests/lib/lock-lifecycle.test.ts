/**
 * The lock accepts exactly two more changes to a published version (issue 14): its
 * withdrawal and its postponement, each recorded on its day; anything else stays refused.
 */
import { createHash } from "node:crypto";
import { dirname } from "node:path";
import { describe, expect, it } from "vitest";
import type { ArchiveHistory } from "../../src/archive/archive-history.ts";
import { checkPublishing } from "../../src/archive/publishing-checks.ts";
import { loadContent } from "../../src/content/content.ts";
import { buildSiteModel } from "../../src/site/site-model.ts";
import { writeContent } from "../support/build.ts";
import type { CalendarDate } from "../../src/dates/dates.ts";
import {
  checkLock,
  formatLock,
  parseLock,
  recordPublished,
  type LockableVersion,
  type LockEntry,
} from "../../src/archive/lock.ts";

const day = (value: string) => value as CalendarDate;
const [OLD, NEW, OTHER] = ["a".repeat(64), "b".repeat(64), "c".repeat(64)] as const;
const today = day("2026-12-01");
const LOCK = "content/published.lock";

/** An announced material version of 2027-01-01, as the lock recorded it. */
const announced: LockableVersion = {
  policy: "privacy",
  effective: day("2027-01-01"),
  announced: day("2026-11-20"),
  sha256: OLD,
  file: "content/privacy/2027-01-01.md",
  corrections: [],
  postponed: [],
};
const withdrawn: LockableVersion = {
  ...announced,
  sha256: NEW,
  withdrawn: { date: today, reason: "Changed our mind." },
};
const postponed: LockableVersion = {
  ...announced,
  effective: day("2027-02-01"),
  sha256: NEW,
  file: "content/privacy/2027-02-01.md",
  postponed: [{ from: day("2027-01-01"), date: today, reason: "More time." }],
};

function parsed(text: string): LockEntry[] {
  const result = parseLock(text, LOCK);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join("\n"));
  return result.value;
}
const lockOf = (...versions: LockableVersion[]) =>
  parsed(
    formatLock(versions.map((v) => ({ ...v, corrections: v.corrections.length, imported: false }))),
  );
const check = (versions: LockableVersion[], entries: LockEntry[]) =>
  checkLock({ versions, entries, lockFile: LOCK, today, recordingDay: today });
/** The lock after `npm run check -- --lock` on `on`, and what it said. */
function record(versions: LockableVersion[], entries: LockEntry[], on = today) {
  const result = recordPublished({ versions, entries, today: on });
  return { ...result, lock: formatLock(result.entries) };
}

describe("a withdrawal", () => {
  it("changes the file's hash: accepted, and not recorded until --lock", () => {
    expect(check([withdrawn], lockOf(announced))).toEqual({
      problems: [],
      unrecorded: [
        "content/privacy/2027-01-01.md: withdrawal of 2026-12-01 not recorded yet: run npm run check -- --lock",
      ],
    });
  });

  it("is recorded on its day with the new hash and a withdrawn mark, and then frozen", () => {
    const { lock, problems } = record([withdrawn], lockOf(announced));
    expect(problems).toEqual([]);
    expect(lock).toContain(`privacy/2027-01-01.md sha256:${NEW} corrections:0 withdrawn\n`);
    expect(check([withdrawn], parsed(lock))).toEqual({ problems: [], unrecorded: [] });
    expect(check([{ ...withdrawn, sha256: OTHER }], parsed(lock)).problems[0]?.message).toMatch(
      /text changed/,
    );
  });

  it("is not recorded on a later day: it must be dated the day it is published", () => {
    const { problems } = record([withdrawn], lockOf(announced), day("2026-12-03"));
    expect(problems[0]?.message).toBe(
      "the withdrawal is dated 2026-12-01, but it is recorded today, 2026-12-03: date it 2026-12-03, so its notice runs in full from the day it is published",
    );
  });

  it("may never be removed once recorded", () => {
    const { lock } = record([withdrawn], lockOf(announced));
    const { problems } = check([{ ...announced, sha256: OTHER }], parsed(lock));
    expect(problems[0]?.message).toMatch(/a recorded withdrawal may never be removed/);
  });
});

describe("a postponement", () => {
  it("moves the file: accepted as a move, not a deletion, and not recorded until --lock", () => {
    expect(check([postponed], lockOf(announced))).toEqual({
      problems: [],
      unrecorded: [
        "content/privacy/2027-02-01.md: postponement from 2027-01-01 to 2027-02-01 not recorded yet: run npm run check -- --lock",
      ],
    });
  });

  it("is recorded: the old line marked postponed-to, the new file on its own line", () => {
    const { lock, recorded, problems } = record([postponed], lockOf(announced));
    expect(problems).toEqual([]);
    expect(recorded).toEqual([
      "privacy/2027-01-01.md: postponed to 2027-02-01, recorded",
      "privacy/2027-02-01.md: postponed from 2027-01-01, recorded",
    ]);
    expect(lock.split("\n").filter((line) => line.startsWith("privacy/"))).toEqual([
      `privacy/2027-01-01.md sha256:${OLD} corrections:0 postponed-to:2027-02-01`,
      `privacy/2027-02-01.md sha256:${NEW} corrections:0`,
    ]);
    expect(check([postponed], parsed(lock))).toEqual({ problems: [], unrecorded: [] });
  });

  it("does not excuse any other deletion", () => {
    const { lock } = record([postponed], lockOf(announced));
    const { problems } = check([], parsed(lock));
    expect(problems.map((problem) => problem.message)).toEqual([
      expect.stringMatching(/privacy\/2027-01-01\.md .*file is gone/),
      expect.stringMatching(/privacy\/2027-02-01\.md .*file is gone/),
    ]);
  });

  it("names its line when a marker is malformed", () => {
    const result = parseLock(
      `privacy/2027-01-01.md sha256:${OLD} corrections:0 postponed-to:2027-02-30\n`,
      LOCK,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.line).toBe(1);
  });
});

describe("the notice rule after a postponement", () => {
  // The moved file is new to Git; its announcement is proved at its old date.
  const first = "---\ntitle: Privacy Policy\n---\n\nWe keep logs.\n";
  const files = {
    "published.lock": `privacy/2020-01-01.md sha256:${createHash("sha256").update(first).digest("hex")} corrections:0\n`,
    "privacy/2020-01-01.md": first,
    "privacy/2027-01-10.md":
      "---\ntitle: Privacy Policy\nmaterial: true\nannounced: 2026-12-01\nsummary: Logs are kept 90 days.\npostponed:\n  - from: 2027-01-05\n    date: 2026-12-15\n    reason: More time.\n---\n\nWe keep logs for 90 days.\n",
  };
  const recordingDay = day("2026-12-20");
  function noticeProblems(firstCommitted: Record<string, string>) {
    const contentDir = writeContent(files);
    const projectRoot = dirname(contentDir);
    const content = loadContent(contentDir, projectRoot);
    const history: ArchiveHistory = {
      available: true,
      lastRecorded: { commit: "abc", day: day("2020-01-01") },
      everRecorded: new Map([["privacy/2020-01-01.md", { commit: "abc", day: day("2020-01-01") }]]),
      recordedHashes: new Map(),
      firstCommitted: new Map(
        Object.entries(firstCommitted).map(([name, when]) => [name, day(when)]),
      ),
      lastDeleted: new Map(),
    };
    return checkPublishing({
      model: buildSiteModel({ ...content, today: recordingDay }),
      recordingDay,
      contentDir,
      projectRoot,
      history,
    }).problems.map((problem) => problem.message);
  }

  it("counts the notice from the old date's first commit", () => {
    expect(
      noticeProblems({
        "privacy/2020-01-01.md": "2020-01-01",
        "privacy/2027-01-05.md": "2026-12-01",
      }),
    ).toEqual([]);
  });

  it("without any trace of the old date, counts from today, and refuses too short a notice", () => {
    expect(noticeProblems({ "privacy/2020-01-01.md": "2020-01-01" })).toEqual([
      expect.stringMatching(
        /announced 21 day\(s\) before it takes effect \(counted from today, 2026-12-20/,
      ),
    ]);
  });
});
