import { describe, expect, it } from "vitest";
import type { CalendarDate } from "../../src/dates/dates.ts";
import { noticeWindow, type NoticeSettings } from "../../src/notice/notice.ts";
import { checkNoticeRule, type RuleVersion } from "../../src/notice/notice-rule.ts";

const day = (value: string) => value as CalendarDate;
const first: Omit<RuleVersion, "noticeWindow"> = {
  policy: "privacy",
  effective: day("2014-03-15"),
  announced: day("2014-03-15"),
  material: false,
  urgent: undefined,
  file: "content/privacy/2014-03-15.md",
  lines: { title: 2 },
};
const change = (
  effective: string,
  announced: string,
  extra: Partial<RuleVersion> = {},
): Omit<RuleVersion, "noticeWindow"> => ({
  policy: "privacy",
  effective: day(effective),
  announced: day(announced),
  material: true,
  urgent: undefined,
  file: `content/privacy/${effective}.md`,
  lines: { title: 2 },
  ...extra,
});
const advance = { noticeDays: 30, noticeRule: "advance" as const };
const fromChange = { noticeDays: 30, noticeRule: "from-change" as const };
/** The rule checked on versions whose windows are computed, as the site model keeps them. */
const check = (versions: readonly Omit<RuleVersion, "noticeWindow">[], rule: NoticeSettings) =>
  checkNoticeRule(
    versions.map((version) => ({ ...version, noticeWindow: noticeWindow(version, rule) })),
    rule,
  );

describe("notice in advance", () => {
  it("accepts a material change announced exactly the notice period ahead", () => {
    expect(check([first, change("2026-12-16", "2026-11-16")], advance)).toEqual([]);
  });

  it("refuses one announced a day late, naming the file and the announced line", () => {
    const late = change("2026-12-16", "2026-11-17", {
      lines: { title: 2, announced: 4 },
    });
    const problems = check([first, late], advance);
    expect(problems).toEqual([
      {
        file: "content/privacy/2026-12-16.md",
        line: 4,
        message: expect.stringMatching(
          /announced 29 day\(s\) before.*announce it by 2026-11-16.*2026-12-17 or later.*urgent/,
        ),
      },
    ]);
  });

  it("accepts a late one whose front matter says why it is urgent", () => {
    expect(
      check([first, change("2026-12-16", "2026-12-10", { urgent: "Court order" })], advance),
    ).toEqual([]);
  });

  it("does not apply to editorial changes or to a policy's first version", () => {
    expect(
      check(
        [{ ...first, material: true }, change("2026-12-16", "2026-12-16", { material: false })],
        advance,
      ),
    ).toEqual([]);
  });
});

describe("notice from the change", () => {
  it("accepts a material change announced the day it takes effect", () => {
    expect(check([first, change("2026-12-16", "2026-12-16")], fromChange)).toEqual([]);
  });

  it("refuses a next version that takes effect before the notice has run, unless urgent", () => {
    const versions = [
      first,
      change("2026-12-16", "2026-12-16"),
      change("2027-01-10", "2027-01-10", { material: false }),
    ];
    const problems = check(versions, fromChange);
    expect(problems.map((problem) => problem.file)).toEqual(["content/privacy/2027-01-10.md"]);
    expect(problems[0]?.message).toMatch(
      /before the notice of the material change of December 16, 2026.*until 2027-01-15/,
    );
    const urgent = versions.map((v) =>
      v.effective === "2027-01-10" ? { ...v, urgent: "Security fix" } : v,
    );
    expect(check(urgent, fromChange)).toEqual([]);
    expect(
      check(
        versions.map((v) =>
          v.effective === "2027-01-10" ? { ...v, effective: day("2027-01-15") } : v,
        ),
        fromChange,
      ),
    ).toEqual([]);
  });
});
