import { describe, expect, it } from "vitest";
import { AsOfError, resolveToday } from "../../src/dates/today.ts";

describe("today (the AS_OF rule)", () => {
  const now = new Date("2026-12-16T06:00:00Z"); // 22:00 on 15 December in Los Angeles

  it("is AS_OF when it is set, whatever the clock says", () => {
    expect(resolveToday({ asOf: "2030-01-02", timeZone: "America/Los_Angeles", now })).toBe(
      "2030-01-02",
    );
    expect(resolveToday({ asOf: " 2030-01-02 ", timeZone: "UTC", now })).toBe("2030-01-02");
  });

  it("is otherwise the current day in the site's time zone, not the machine's", () => {
    expect(resolveToday({ timeZone: "America/Los_Angeles", now })).toBe("2026-12-15");
    expect(resolveToday({ asOf: "", timeZone: "Europe/Paris", now })).toBe("2026-12-16");
  });

  it("refuses an AS_OF that is not a calendar date, saying how to write it", () => {
    expect(() => resolveToday({ asOf: "2026-02-30", timeZone: "UTC", now })).toThrow(AsOfError);
    expect(() => resolveToday({ asOf: "12/16/2026", timeZone: "UTC", now })).toThrow(/YYYY-MM-DD/);
  });
});
