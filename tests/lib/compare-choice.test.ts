import { describe, expect, it } from "vitest";
import { byYear, compareChoice, unknownDateMessage } from "../../src/site/compare-choice.ts";
import type { CalendarDate } from "../../src/dates/dates.ts";

const day = (value: string) => value as CalendarDate;
const versions = ["2019-05-01", "2022-08-01", "2024-02-01", "2026-12-16"].map(day);

describe("what the compare page compares", () => {
  it("compares two known dates older first, and says when they were asked the other way round", () => {
    expect(compareChoice(versions, "2019-05-01", "2024-02-01")).toEqual({
      kind: "compare",
      from: "2019-05-01",
      to: "2024-02-01",
      swapped: false,
    });
    expect(compareChoice(versions, "2024-02-01", "2019-05-01")).toEqual({
      kind: "compare",
      from: "2019-05-01",
      to: "2024-02-01",
      swapped: true,
    });
    expect(compareChoice(versions, "2022-08-01", "2022-08-01")).toEqual({
      kind: "same",
      date: "2022-08-01",
    });
  });

  it("names a date that is no version's with the versions either side, and compares nothing", () => {
    expect(compareChoice(versions, "2019-05-01", "2023-06-01")).toEqual({
      kind: "unknown",
      date: "2023-06-01",
      message:
        "No version took effect on June 1, 2023, so there is nothing to compare: the nearest versions are those of August 1, 2022 and February 1, 2024. Choose two versions below.",
    });
    expect(unknownDateMessage(versions, "2030-01-01")).toContain(
      "the nearest version is that of December 16, 2026",
    );
    expect(unknownDateMessage(versions, "2023-02-30")).toBe(
      "“2023-02-30” is not a date written YYYY-MM-DD, so there is nothing to compare. Choose two versions below.",
    );
    expect(unknownDateMessage([], "2023-01-01")).toContain("this policy has no versions");
  });

  it("groups versions by year, newest year first, keeping their order", () => {
    const newestFirst = ["2026-12-16", "2024-02-01", "2024-01-01", "2019-05-01"].map(
      (effective) => ({
        effective: day(effective),
      }),
    );
    expect(
      byYear(newestFirst).map((group) => [group.year, group.versions.map((v) => v.effective)]),
    ).toEqual([
      ["2026", ["2026-12-16"]],
      ["2024", ["2024-02-01", "2024-01-01"]],
      ["2019", ["2019-05-01"]],
    ]);
  });
});
