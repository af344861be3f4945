import { describe, expect, it } from "vitest";
import type { CalendarDate } from "../../src/dates/dates.ts";
import { siteLanguages } from "../../src/i18n/index.ts";
import { noticeEmail } from "../../src/outputs/notice-email.ts";
import type { SiteModel, VersionModel } from "../../src/site/site-model.ts";

const day = (value: string) => value as CalendarDate;
const model = {
  site: {
    organization: "Smith & <Sons>",
    url: "https://policies.example.com",
    email: "a@example.com",
    address: "1 Road",
  },
  languages: siteLanguages({ language: "en", translations: [], interface: {} }),
  today: day("2026-11-28"),
  policies: [],
} as unknown as SiteModel;
const version = {
  policy: "privacy",
  effective: day("2026-12-16"),
  announced: day("2026-11-16"),
  title: "Privacy Policy",
  summary: 'We now keep logs for 30 days. <script>alert("x")</script>',
  status: { kind: "upcoming" },
  postponed: [],
} as unknown as VersionModel;

describe("the notice e-mail", () => {
  it("gives the summary, both dates and absolute links, in plain text as written", () => {
    const { subject, text } = noticeEmail(model, version);
    expect(subject).toBe(
      "Changes to the Smith & <Sons> Privacy Policy, effective December 16, 2026",
    );
    expect(text).toContain("takes effect on December 16, 2026 (announced on November 16, 2026)");
    expect(text).toContain('<script>alert("x")</script>');
    expect(text).toContain("https://policies.example.com/privacy/changes/2026-12-16/");
    expect(text).toContain("https://policies.example.com/privacy/2026-12-16/");
  });

  it("escapes everything in the HTML version", () => {
    const { html } = noticeEmail(model, version);
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<Sons>");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(html).toContain('<a href="https://policies.example.com/privacy/changes/2026-12-16/"');
  });
});
