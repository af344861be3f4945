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
    sha256: HASH_A,
    file: "content/privacy/2014-03-15.md",
    corrections: [],
    ...overrides,
  };
}

function lockOf(...versions: LockableVersion[]) {
  const text = formatLock(versions.map((v) => ({ ...v, corrections: v.corrections.length })));
  const parsed = parseLock(text, "content/published.lock");
  if (!parsed.ok) throw new Error("lock did not parse");
  return parsed.value;
}

const today = day("2026-11-28");
const check = (versions: LockableVersion[], entries = lockOf(version())) =>
  checkLock({ versions, entries, lockFile: "content/published.lock", today });

describe("the lock file format", () => {
  it("round-trips sorted, one line per version, with its line numbers", () => {
    const later = version({
      effective: day("2026-12-16"),
      sha256: HASH_B,
      file: "content/privacy/2026-12-16.md",
    });
    const text = formatLock([
      { ...later, corrections: 0 },
      { ...version(), corrections: 2 },
    ]);
    expect(text.split("\n").filter((line) => !line.startsWith("#") && line)).toEqual([
      `privacy/2014-03-15.md sha256:${HASH_A} corrections:2`,
      `privacy/2026-12-16.md sha256:${HASH_B} corrections:0`,
    ]);
    const parsed = parseLock(text, "content/published.lock");
    expect(
      parsed.ok && parsed.value.map((entry) => [entry.effective, entry.corrections, entry.line]),
    ).toEqual([
      ["2014-03-15", 2, 3],
      ["2026-12-16", 0, 4],
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
      corrections: [{ date: day("2026-11-20"), reason: "typo" }],
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
});

describe("recording the lock", () => {
  it("adds published versions and leaves recorded ones as they are", () => {
    const announced = version({
      effective: day("2026-12-16"),
      announced: day("2026-11-16"),
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
    expect(result.entries.map((entry) => entry.effective)).toEqual(["2014-03-15", "2026-12-16"]);
    expect(result.recorded).toEqual(["privacy/2026-12-16.md: published on 2026-11-16, recorded"]);
  });
});
