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

describe("the notice e-mail of a withdrawn or postponed change, in German", () => {
  const [, german] = siteLanguages({ language: "en", translations: ["de"], interface: {} });
  if (!german) throw new Error("no German");
  const withdrawn = {
    ...version,
    title: "Datenschutzerklärung",
    status: { kind: "withdrawn", date: day("2026-12-01"), reason: "Rechtslage geändert." },
  } as unknown as VersionModel;
  const postponed = {
    ...version,
    title: "Datenschutzerklärung",
    postponed: [{ from: day("2026-12-10"), date: day("2026-12-01"), reason: "Mehr Zeit." }],
  } as unknown as VersionModel;

  it("says that the change was withdrawn, and what it would have changed, in German", () => {
    const { subject, text, html } = noticeEmail(model, withdrawn, german);
    expect(subject).toBe(
      "Zurückgezogen: die für den 16. Dezember 2026 angekündigte Änderung der Datenschutzerklärung von Smith & <Sons>",
    );
    for (const said of [
      "Am 16. November 2026 haben wir eine Änderung unserer Datenschutzerklärung angekündigt, die am 16. Dezember 2026 in Kraft treten sollte. Am 1. Dezember 2026 haben wir sie zurückgezogen",
      "Warum sie zurückgezogen wurde:\nRechtslage geändert.",
      "Was die zurückgezogene Änderung geändert hätte:",
      "Sehen, was sie geändert hätte (alter und neuer Text nebeneinander):",
      "Die zurückgezogene Fassung lesen: https://policies.example.com/de/",
    ]) {
      expect(text).toContain(said);
    }
    expect(html).toContain(">Die zurückgezogene Datenschutzerklärung lesen</a>");
    expect(`${text}${html}`).not.toMatch(/Withdrawn|withdrew|would have changed|Read the/);
  });

  it("says that the change was postponed, from which date and why, in German", () => {
    const { subject, text } = noticeEmail(model, postponed, german);
    expect(subject).toBe(
      "Verschoben: Änderungen der Datenschutzerklärung von Smith & <Sons>, jetzt gültig ab 16. Dezember 2026",
    );
    expect(text).toContain(
      "Die Änderung sollte am 10. Dezember 2026 in Kraft treten; am 1. Dezember 2026 haben wir sie verschoben",
    );
    expect(text).toContain("Warum sie verschoben wurde:\nMehr Zeit.");
    expect(text).not.toMatch(/Postponed|postponed/);
  });
});
