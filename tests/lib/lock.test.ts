import { describe, expect, it } from "vitest";
import type { CalendarDate } from "../../src/dates/dates.ts";
import {
  checkLock,
  formatLock,
  parseLock,
  recordPublished,
  type LockableVersion,
} from "../../src/archive/lock.ts";

const day = (value: string) => value as CalendarDate;
const HASH_A = "a".repeat(64);
const HASH_B = "b".repeat(64);
const HASH_C = "c".repeat(64);

function version(overrides: Partial<LockableVersion> = {}): LockableVersion {
  return {
    policy: "privacy",
    effective: day("2014-03-15"),
    announced: day("2014-03-15"),
    postponed: [],
    sha256: HASH_A,
    file: "content/privacy/2014-03-15.md",
    corrections: [],
    ...overrides,
  };
}

function lockOf(...versions: LockableVersion[]) {
  const text = formatLock(
    versions.map((v) => ({ ...v, corrections: v.corrections.length, imported: false })),
  );
  const parsed = parseLock(text, "content/published.lock");
  if (!parsed.ok) throw new Error("lock did not parse");
  return parsed.value;
}

const today = day("2026-11-28");
const check = (versions: LockableVersion[], entries = lockOf(version())) =>
  checkLock({ versions, entries, lockFile: "content/published.lock", today, recordingDay: today });

describe("the lock file format", () => {
  it("round-trips sorted, one line per version, with its line numbers", () => {
    const later = version({
      effective: day("2026-12-16"),
      sha256: HASH_B,
      file: "content/privacy/2026-12-16.md",
    });
    const text = formatLock([
      { ...later, corrections: 0, imported: false },
      { ...version(), corrections: 2, imported: true },
    ]);
    expect(text.split("\n").filter((line) => !line.startsWith("#") && line)).toEqual([
      `privacy/2014-03-15.md sha256:${HASH_A} corrections:2 imported`,
      `privacy/2026-12-16.md sha256:${HASH_B} corrections:0`,
    ]);
    const parsed = parseLock(text, "content/published.lock");
    expect(
      parsed.ok &&
        parsed.value.map((entry) => [
          entry.effective,
          entry.corrections,
          entry.imported,
          entry.line,
        ]),
    ).toEqual([
      ["2014-03-15", 2, true, 3],
      ["2026-12-16", 0, false, 4],
    ]);
  });

  it("names the line of a malformed or duplicated entry", () => {
    const line = `privacy/2014-03-15.md sha256:${HASH_A} corrections:0`;
    const parsed = parseLock(
      `# header\n${line}\nprivacy/2014-03-15.md sha256:xyz\n${line}\n`,
      "content/published.lock",
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.map((problem) => problem.line)).toEqual([3, 4]);
    expect(parsed.problems[1]?.message).toMatch(/listed twice/);
  });
});

describe("checking published versions against the lock", () => {
  it("accepts unchanged versions", () => {
    expect(check([version()])).toEqual({ problems: [], unrecorded: [] });
  });

  it("refuses a deleted published version, naming it and the lock line", () => {
    const { problems } = check([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: "content/published.lock", line: 3 });
    expect(problems[0]?.message).toMatch(
      /privacy\/2014-03-15\.md .*file is gone.*never be deleted/,
    );
  });

  it("refuses a published text changed without a correction", () => {
    const { problems } = check([version({ sha256: HASH_B })]);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.file).toBe("content/privacy/2014-03-15.md");
    expect(problems[0]?.message).toMatch(/text changed.*corrections:/);
  });

  it("accepts a change explained by a new correction, and says it is not recorded yet", () => {
    const corrected = version({
      sha256: HASH_B,
      corrections: [{ date: day("2026-11-20"), reason: "typo" }],
    });
    const result = check([corrected]);
    expect(result.problems).toEqual([]);
    expect(result.unrecorded).toEqual([
      expect.stringMatching(/correction of 2026-11-20 not recorded yet.*--lock/),
    ]);
  });

  it("after the correction is recorded, a further change needs another correction", () => {
    const corrected = version({
      sha256: HASH_B,
      corrections: [{ date: today, reason: "typo" }],
    });
    const { entries } = recordPublished({
      versions: [corrected],
      entries: lockOf(version()),
      today,
    });
    const relocked = parseLock(formatLock(entries), "content/published.lock");
    if (!relocked.ok) throw new Error("lock did not parse");
    expect(check([corrected], relocked.value)).toEqual({ problems: [], unrecorded: [] });
    expect(check([{ ...corrected, sha256: HASH_C }], relocked.value).problems[0]?.message).toMatch(
      /text changed/,
    );
    // Swapping the recorded correction for another keeps the count, so it is caught too.
    const swapped = {
      ...corrected,
      sha256: HASH_C,
      corrections: [{ date: day("2026-11-21"), reason: "other" }],
    };
    expect(check([swapped], relocked.value).problems[0]?.message).toMatch(/text changed/);
    // Removing it is refused by name.
    expect(
      check([{ ...corrected, sha256: HASH_C, corrections: [] }], relocked.value).problems[0]
        ?.message,
    ).toMatch(/recorded correction may never be removed/);
  });

  it("refuses corrections dated before the announcement, in the future, or out of order", () => {
    const dated = (...dates: string[]) =>
      check([
        version({
          sha256: HASH_B,
          corrections: dates.map((date) => ({ date: day(date), reason: "x" })),
        }),
      ]).problems.map((problem) => problem.message);
    expect(dated("2014-03-14")).toEqual([
      expect.stringMatching(/between the version's announcement/),
    ]);
    expect(dated("2026-11-29")).toEqual([expect.stringMatching(/and today \(2026-11-28\)/)]);
    expect(dated("2026-11-20", "2026-11-19")).toEqual([expect.stringMatching(/oldest first/)]);
  });

  it("warns about a published version the lock does not record, and ignores unannounced ones", () => {
    const announced = version({
      effective: day("2026-12-16"),
      announced: day("2026-11-28"),
      file: "b.md",
    });
    const notYet = version({
      effective: day("2027-01-31"),
      announced: day("2026-12-01"),
      file: "c.md",
    });
    const result = check([version(), announced, notYet]);
    expect(result.problems).toEqual([]);
    expect(result.unrecorded).toEqual([
      expect.stringMatching(/^b\.md: published on 2026-11-28 but not recorded/),
    ]);
  });

  it("warns that a version announced before today and not in the lock has an unproved announcement", () => {
    const backDated = version({
      effective: day("2026-11-30"),
      announced: day("2026-09-28"),
      file: "b.md",
    });
    expect(check([version(), backDated]).unrecorded).toEqual([
      "b.md: announced on 2026-09-28 but not recorded in content/published.lock that day, so its announcement date is unproved and --lock will not record it: if it is the existing history of a new site, run npm run check -- --lock --import and commit the lock",
    ]);
  });
});

describe("recording the lock", () => {
  it("adds versions announced today and leaves recorded ones as they are", () => {
    const announced = version({
      effective: day("2026-12-28"),
      announced: today,
      sha256: HASH_B,
    });
    const notYet = version({
      effective: day("2027-01-31"),
      announced: day("2026-12-01"),
      sha256: HASH_C,
    });
    const result = recordPublished({
      versions: [version(), announced, notYet],
      entries: lockOf(version()),
      today,
    });
    expect(result.problems).toEqual([]);
    expect(result.entries.map((entry) => entry.effective)).toEqual(["2014-03-15", "2026-12-28"]);
    expect(result.recorded).toEqual(["privacy/2026-12-28.md: published on 2026-11-28, recorded"]);
  });

  it("refuses a version announced before the day of recording: a back-dated announcement is not proof", () => {
    const backDated = version({
      effective: day("2026-11-30"),
      announced: day("2026-09-28"),
      sha256: HASH_B,
      file: "content/privacy/2026-11-30.md",
    });
    const result = recordPublished({ versions: [backDated], entries: [], today });
    expect(result.entries).toEqual([]);
    expect(result.problems).toEqual([
      {
        file: "content/privacy/2026-11-30.md",
        message:
          "announced on 2026-09-28, but the lock records a version only on the day it is announced (today is 2026-11-28): announce it today (announced: 2026-11-28) and check the notice it gives; if it is the existing history of a new site, record it with npm run check -- --lock --import",
      },
    ]);
  });

  it("--import records the existing history of a new site, marked imported", () => {
    const result = recordPublished({
      versions: [version()],
      entries: [],
      today,
      importing: true,
    });
    expect(result.problems).toEqual([]);
    expect(formatLock(result.entries)).toContain(
      `privacy/2014-03-15.md sha256:${HASH_A} corrections:0 imported\n`,
    );
    expect(result.recorded).toEqual([
      "privacy/2014-03-15.md: published on 2014-03-15, recorded as imported",
    ]);
  });

  it("records a correction only when it is dated the day it is recorded", () => {
    const corrected = (date: string) =>
      version({ sha256: HASH_B, corrections: [{ date: day(date), reason: "typo" }] });
    const past = recordPublished({
      versions: [corrected("2026-11-01")],
      entries: lockOf(version()),
      today,
    });
    expect(past.problems.map((problem) => problem.message)).toEqual([
      "the new correction is dated 2026-11-01, but it is recorded today, 2026-11-28: date it 2026-11-28, so the feeds and the version's page show it as the newest change",
    ]);
    expect(past.entries[0]?.sha256).toBe(HASH_A);
    const dated = recordPublished({
      versions: [corrected("2026-11-28")],
      entries: lockOf(version()),
      today,
    });
    expect(dated.problems).toEqual([]);
    expect(dated.entries[0]).toMatchObject({ sha256: HASH_B, corrections: 1 });
  });
});
