import { describe, expect, it } from "vitest";
import type { CalendarDate } from "../../src/dates/dates.ts";
import {
  byEffectiveDate,
  indexInEffectOn,
  versionInEffectOn,
  versionStatus,
} from "../../src/versions/versions.ts";

const d = (value: string) => value as CalendarDate;
const timeline = byEffectiveDate([
  { effective: d("2026-12-16") },
  { effective: d("2014-03-15") },
  { effective: d("2020-01-01") },
]);

describe("the timeline of a policy", () => {
  it("orders versions by effective date", () => {
    expect(timeline.map((v) => v.effective)).toEqual(["2014-03-15", "2020-01-01", "2026-12-16"]);
  });

  it("has a version in effect from its effective date until the next one's", () => {
    expect(versionInEffectOn(timeline, d("2014-03-14"))).toBeUndefined();
    expect(indexInEffectOn(timeline, d("2014-03-14"))).toBe(-1);
    expect(versionInEffectOn(timeline, d("2014-03-15"))?.effective).toBe("2014-03-15");
    expect(versionInEffectOn(timeline, d("2019-12-31"))?.effective).toBe("2014-03-15");
    expect(versionInEffectOn(timeline, d("2020-01-01"))?.effective).toBe("2020-01-01");
    expect(versionInEffectOn(timeline, d("2026-12-15"))?.effective).toBe("2020-01-01");
    expect(versionInEffectOn(timeline, d("2026-12-16"))?.effective).toBe("2026-12-16");
  });

  it("gives each version its status as seen on a day", () => {
    const today = d("2026-11-28");
    expect(timeline.map((_, index) => versionStatus(timeline, index, today))).toEqual([
      { kind: "past", until: "2020-01-01" },
      { kind: "current", until: "2026-12-16" },
      { kind: "upcoming" },
    ]);
    expect(versionStatus(timeline, 2, d("2026-12-16"))).toEqual({ kind: "current" });
    expect(versionStatus(timeline, 1, d("2026-12-16"))).toEqual({
      kind: "past",
      until: "2026-12-16",
    });
  });
});
