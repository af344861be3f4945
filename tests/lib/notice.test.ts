import { describe, expect, it } from "vitest";
import type { CalendarDate } from "../../src/dates/dates.ts";
import {
  activeNotice,
  nextRebuildDate,
  noticeWindow,
  type NoticeSettings,
  type NoticeVersion,
} from "../../src/notice/notice.ts";

const d = (value: string) => value as CalendarDate;
const advance = { noticeDays: 30, noticeRule: "advance" as const };
const fromChange = { noticeDays: 30, noticeRule: "from-change" as const };
/** The versions with their windows, as the site model keeps them. */
const windowed = (versions: readonly NoticeVersion[], rule: NoticeSettings) =>
  versions.map((version) => ({ ...version, noticeWindow: noticeWindow(version, rule) }));

const seed: NoticeVersion = {
  effective: d("2014-03-15"),
  announced: d("2014-03-15"),
  material: false,
};
const material: NoticeVersion = {
  effective: d("2026-12-16"),
  announced: d("2026-11-16"),
  material: true,
};

describe("the notice window", () => {
  it("runs notice_days from the announced day, half-open: [start, end)", () => {
    expect(noticeWindow(material, advance)).toEqual({ start: "2026-11-16", end: "2026-12-16" });
  });

  it("announced further ahead than notice_days, still runs until the version takes effect", () => {
    const early: NoticeVersion = {
      effective: d("2027-03-01"),
      announced: d("2027-01-01"),
      material: true,
    };
    expect(noticeWindow(early, advance)).toEqual({ start: "2027-01-01", end: "2027-03-01" });
    expect(activeNotice(windowed([early], advance), d("2027-02-28"))).toMatchObject({
      phase: "upcoming",
    });
    expect(activeNotice(windowed([early], advance), d("2027-03-01"))).toBeUndefined();
  });

  it("does not exist for an editorial version", () => {
    expect(noticeWindow(seed, advance)).toBeUndefined();
    expect(activeNotice(windowed([seed], advance), d("2014-03-20"))).toBeUndefined();
  });

  it("is shown from its first day to its last, and not the day before or after", () => {
    const versions = [seed, material];
    expect(activeNotice(windowed(versions, advance), d("2026-11-15"))).toBeUndefined();
    expect(activeNotice(windowed(versions, advance), d("2026-11-16"))).toMatchObject({
      version: material,
      phase: "upcoming",
    });
    expect(activeNotice(windowed(versions, advance), d("2026-12-15"))).toMatchObject({
      phase: "upcoming",
    });
    expect(activeNotice(windowed(versions, advance), d("2026-12-16"))).toBeUndefined();
  });

  it("for a version announced on its effective date, says the policy changed, for 30 days", () => {
    const sameDay: NoticeVersion = {
      effective: d("2027-03-01"),
      announced: d("2027-03-01"),
      material: true,
    };
    expect(activeNotice(windowed([sameDay], advance), d("2027-02-28"))).toBeUndefined();
    expect(activeNotice(windowed([sameDay], advance), d("2027-03-01"))).toMatchObject({
      phase: "in-effect",
    });
    expect(activeNotice(windowed([sameDay], advance), d("2027-03-30"))).toMatchObject({
      phase: "in-effect",
    });
    expect(activeNotice(windowed([sameDay], advance), d("2027-03-31"))).toBeUndefined();
  });

  it("under the from-change rule, runs until notice_days after the version takes effect", () => {
    expect(noticeWindow(material, fromChange)).toEqual({ start: "2026-11-16", end: "2027-01-15" });
    expect(activeNotice(windowed([material], fromChange), d("2026-12-16"))).toMatchObject({
      phase: "in-effect",
    });
    expect(activeNotice(windowed([material], fromChange), d("2027-01-14"))).toMatchObject({
      phase: "in-effect",
    });
    expect(activeNotice(windowed([material], fromChange), d("2027-01-15"))).toBeUndefined();
  });

  it("shows the latest change when two notices overlap", () => {
    const later: NoticeVersion = {
      effective: d("2026-12-20"),
      announced: d("2026-11-20"),
      material: true,
    };
    expect(
      activeNotice(windowed([material, later], advance), d("2026-11-25"))?.version.effective,
    ).toBe(later.effective);
  });
});

describe("the next rebuild date", () => {
  it("is the first day after today on which a version takes effect or a notice starts or ends", () => {
    const versions = [seed, material];
    expect(nextRebuildDate(windowed(versions, advance), d("2026-06-01"))).toBe("2026-11-16");
    expect(nextRebuildDate(windowed(versions, advance), d("2026-11-16"))).toBe("2026-12-16");
    expect(nextRebuildDate(windowed(versions, advance), d("2026-12-16"))).toBeUndefined();
    expect(nextRebuildDate(windowed(versions, fromChange), d("2026-12-16"))).toBe("2027-01-15");
  });
});
