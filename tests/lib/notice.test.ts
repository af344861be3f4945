import { describe, expect, it } from "vitest";
import type { CalendarDate } from "../../src/dates/dates.ts";
import {
  activeNotice,
  nextRebuildDate,
  noticeWindow,
  type NoticeVersion,
} from "../../src/notice/notice.ts";

const d = (value: string) => value as CalendarDate;
const advance = { noticeDays: 30, noticeRule: "advance" as const };
const fromChange = { noticeDays: 30, noticeRule: "from-change" as const };

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
    expect(activeNotice([early], d("2027-02-28"), advance)).toMatchObject({ phase: "upcoming" });
    expect(activeNotice([early], d("2027-03-01"), advance)).toBeUndefined();
  });

  it("does not exist for an editorial version", () => {
    expect(noticeWindow(seed, advance)).toBeUndefined();
    expect(activeNotice([seed], d("2014-03-20"), advance)).toBeUndefined();
  });

  it("is shown from its first day to its last, and not the day before or after", () => {
    const versions = [seed, material];
    expect(activeNotice(versions, d("2026-11-15"), advance)).toBeUndefined();
    expect(activeNotice(versions, d("2026-11-16"), advance)).toMatchObject({
      version: material,
      phase: "upcoming",
    });
    expect(activeNotice(versions, d("2026-12-15"), advance)).toMatchObject({ phase: "upcoming" });
    expect(activeNotice(versions, d("2026-12-16"), advance)).toBeUndefined();
  });

  it("for a version announced on its effective date, says the policy changed, for 30 days", () => {
    const sameDay: NoticeVersion = {
      effective: d("2027-03-01"),
      announced: d("2027-03-01"),
      material: true,
    };
    expect(activeNotice([sameDay], d("2027-02-28"), advance)).toBeUndefined();
    expect(activeNotice([sameDay], d("2027-03-01"), advance)).toMatchObject({ phase: "in-effect" });
    expect(activeNotice([sameDay], d("2027-03-30"), advance)).toMatchObject({ phase: "in-effect" });
    expect(activeNotice([sameDay], d("2027-03-31"), advance)).toBeUndefined();
  });

  it("under the from-change rule, runs until notice_days after the version takes effect", () => {
    expect(noticeWindow(material, fromChange)).toEqual({ start: "2026-11-16", end: "2027-01-15" });
    expect(activeNotice([material], d("2026-12-16"), fromChange)).toMatchObject({
      phase: "in-effect",
    });
    expect(activeNotice([material], d("2027-01-14"), fromChange)).toMatchObject({
      phase: "in-effect",
    });
    expect(activeNotice([material], d("2027-01-15"), fromChange)).toBeUndefined();
  });

  it("shows the latest change when two notices overlap", () => {
    const later: NoticeVersion = {
      effective: d("2026-12-20"),
      announced: d("2026-11-20"),
      material: true,
    };
    expect(activeNotice([material, later], d("2026-11-25"), advance)?.version).toBe(later);
  });
});

describe("the next rebuild date", () => {
  it("is the first day after today on which a version takes effect or a notice starts or ends", () => {
    const versions = [seed, material];
    expect(nextRebuildDate(versions, d("2026-06-01"), advance)).toBe("2026-11-16");
    expect(nextRebuildDate(versions, d("2026-11-16"), advance)).toBe("2026-12-16");
    expect(nextRebuildDate(versions, d("2026-12-16"), advance)).toBeUndefined();
    expect(nextRebuildDate(versions, d("2026-12-16"), fromChange)).toBe("2027-01-15");
  });
});
