/**
 * Translations as an editor writes them: `content/<policy>/<YYYY-MM-DD>.<lang>.md`, bound by
 * `translation_of` to the SHA-256 of the source version's file. Every mistake names the
 * file and line; a translation of an earlier text of its source is a warning naming both.
 */
import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { validateSite } from "../../src/build/validate-site.ts";
import { ContentError, formatProblem } from "../../src/content/content-error.ts";
import { loadContent } from "../../src/content/content.ts";
import {
  isLanguageTag,
  localizedPath,
  siteLanguages,
  textDirection,
} from "../../src/i18n/index.ts";
import { SITE_YML, fixturesDir, projectRoot, writeContent } from "../support/build.ts";
import { localizedPolicy } from "../../src/site/translations.ts";
import { commitAll } from "../support/git.ts";

const SOURCE = "---\ntitle: Privacy Policy\n---\n\nWe keep web logs for a year.\n";
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const translation = (frontMatter: string, body = "Wir speichern Protokolle ein Jahr lang.") =>
  `---\ntitle: Datenschutzerklärung\n${frontMatter}---\n\n${body}\n`;
const SITE = `${SITE_YML}translations: [de, ar]\n`;

function problemsOf(files: Record<string, string>): string[] {
  const dir = writeContent({ "site.yml": SITE, "privacy/2014-03-15.md": SOURCE, ...files });
  try {
    loadContent(dir, dir);
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map(formatProblem);
    throw error;
  }
  return [];
}

describe("a translation file", () => {
  it("is read beside its source, with its language from the file name", () => {
    const dir = writeContent({
      "site.yml": SITE,
      "privacy/2014-03-15.md": SOURCE,
      "privacy/2014-03-15.de.md": translation(`translation_of: ${sha256(SOURCE)}\n`),
    });
    const content = loadContent(dir, dir);
    expect(content.versions).toHaveLength(1);
    expect(content.translations).toMatchObject([
      {
        policy: "privacy",
        effective: "2014-03-15",
        language: "de",
        title: "Datenschutzerklärung",
        translation_of: sha256(SOURCE),
        file: "privacy/2014-03-15.de.md",
      },
    ]);
  });

  it("must translate a version that exists", () => {
    expect(
      problemsOf({
        "privacy/2015-01-01.de.md": translation(`translation_of: ${sha256(SOURCE)}\n`),
      }),
    ).toEqual([
      "privacy/2015-01-01.de.md:3: there is no version privacy/2015-01-01.md for this to translate: a translation sits beside the version it translates, with the same date",
    ]);
  });

  it("must be in a language site.yml lists", () => {
    expect(
      problemsOf({
        "privacy/2014-03-15.fr.md": translation(`translation_of: ${sha256(SOURCE)}\n`),
      }),
    ).toEqual([
      "privacy/2014-03-15.fr.md: fr is not one of the site's languages: add it to translations in site.yml (translations: [de, ar, fr])",
    ]);
  });

  it("must be named with a well-formed language tag", () => {
    expect(
      problemsOf({
        "privacy/2014-03-15.de_DE.md": translation(`translation_of: ${sha256(SOURCE)}\n`),
      }),
    ).toEqual([
      'privacy/2014-03-15.de_DE.md: "de_DE" in the file name is not a language tag (BCP 47, such as de, fr, ar or pt-BR): rename the file 2014-03-15.<lang>.md',
    ]);
    expect(
      problemsOf({
        "privacy/2014-03-15.DE.md": translation(`translation_of: ${sha256(SOURCE)}\n`),
      }),
    ).toEqual(
      [
        '"DE" in the file name is written de as a language tag: rename the file 2014-03-15.de.md',
      ].map((message) => `privacy/2014-03-15.DE.md: ${message}`),
    );
  });

  it.each(["material: true", "announced: 2014-03-01", "urgent: Required by law"])(
    "may not set what comes from its source (%s)",
    (line) => {
      const [key] = line.split(":");
      expect(
        problemsOf({
          "privacy/2014-03-15.de.md": translation(`translation_of: ${sha256(SOURCE)}\n${line}\n`),
        }),
      ).toEqual([
        expect.stringMatching(
          new RegExp(
            `^privacy/2014-03-15\\.de\\.md:4: field "${key}" is not set in a translation: .*remove this line$`,
          ),
        ),
      ]);
    },
  );

  it("must give translation_of as a SHA-256, and must give it", () => {
    expect(
      problemsOf({ "privacy/2014-03-15.de.md": translation("translation_of: 2014-03-15\n") }),
    ).toEqual([
      expect.stringMatching(
        /^privacy\/2014-03-15\.de\.md:3: field "translation_of" must be the SHA-256 of the source version's file, 64 hex digits/,
      ),
    ]);
    expect(problemsOf({ "privacy/2014-03-15.de.md": translation("") })).toEqual([
      'privacy/2014-03-15.de.md:1: field "translation_of" is required',
    ]);
  });

  it("is checked like a version: unsafe HTML is refused with its line", () => {
    expect(
      problemsOf({
        "privacy/2014-03-15.de.md": translation(
          `translation_of: ${sha256(SOURCE)}\n`,
          'Text <a href="javascript:alert(1)">hier</a>',
        ),
      }),
    ).toEqual([
      expect.stringMatching(/^privacy\/2014-03-15\.de\.md:6: raw HTML that could run script/),
    ]);
  });
});

describe("site.yml languages", () => {
  const siteProblems = (extra: string) => {
    const dir = writeContent({
      "site.yml": `${SITE_YML}${extra}`,
      "privacy/2014-03-15.md": SOURCE,
    });
    try {
      loadContent(dir, dir);
      return [];
    } catch (error) {
      if (error instanceof ContentError) return error.problems.map(formatProblem);
      throw error;
    }
  };

  it("default to English alone", () => {
    const dir = writeContent({ "privacy/2014-03-15.md": SOURCE });
    const { site } = loadContent(dir, dir);
    expect([site.language, site.translations]).toEqual(["en", []]);
  });

  it("refuse a malformed tag, the authoritative language as a translation, and a policy named like a language", () => {
    expect(siteProblems("translations: [de, en_GB]\n")).toEqual([
      'site.yml:10: field "translations.1" "en_GB" is not a language tag (BCP 47): write it like de, fr, es, ar or pt-BR',
    ]);
    expect(siteProblems("translations: [en]\n")).toEqual([
      'site.yml:10: field "translations.0" en is the authoritative language (language: en), not a translation',
    ]);
    const dir = writeContent({
      "site.yml": `${SITE_YML}translations: [privacy]\n`,
      "privacy/2014-03-15.md": SOURCE,
    });
    expect(() => loadContent(dir, dir)).toThrow(
      '"privacy" is also a translation\'s language in site.yml',
    );
    // "search" is a well-formed tag, but /search/ is the site's search page.
    expect(siteProblems("translations: [search]\n")).toEqual([
      'site.yml: translations: "search" would put its pages at /search/, which the site uses itself: a translation is a language tag such as de, fr or pt-BR',
    ]);
  });

  it("refuse an unknown interface string and one that loses a placeholder", () => {
    expect(siteProblems("translations: [ar]\ninterface:\n  ar:\n    serch_button: بحث\n")).toEqual([
      'site.yml:13: field "interface.ar.serch_button" is not an interface string: did you mean "search_button"?',
    ]);
    expect(
      siteProblems("translations: [ar]\ninterface:\n  ar:\n    effective_on: سارية\n"),
    ).toEqual([
      'site.yml:13: field "interface.ar.effective_on" must keep the placeholders of "Effective {date}" ({date}), each where it belongs in the sentence',
    ]);
  });
});

describe("languages", () => {
  it("are BCP 47 tags written canonically, with their direction", () => {
    expect(["de", "ar", "pt-BR", "zh-Hant"].map(isLanguageTag)).toEqual([true, true, true, true]);
    expect(["de_DE", "DE", "", "de-"].map(isLanguageTag)).toEqual([false, false, false, false]);
    expect(["ar", "he", "fa", "de", "az-Arab", "en"].map(textDirection)).toEqual([
      "rtl",
      "rtl",
      "rtl",
      "ltr",
      "rtl",
      "ltr",
    ]);
  });

  it("give the authoritative tree the site's own URLs and each translation /<lang>/", () => {
    const [en, de, ar] = siteLanguages({
      language: "en",
      translations: ["de", "ar"],
      interface: {},
    });
    expect(
      [en, de, ar].map((language) => language && localizedPath(language, "/privacy/")),
    ).toEqual(["/privacy/", "/de/privacy/", "/ar/privacy/"]);
    expect(de?.strings.search_button).toBe("Suchen");
    // Arabic has no built-in words: English until site.yml gives them, and a warning says so.
    expect(ar?.strings.search_button).toBe("Search");
    expect(ar?.untranslated).toContain("search_button");
    expect([en?.name, de?.name, ar?.name, ar?.dir]).toEqual([
      "English",
      "Deutsch",
      "العربية",
      "rtl",
    ]);
  });
});

describe("a translation bound to its source's text", () => {
  /** A content folder in a Git repository whose source version was corrected after it was translated. */
  function correctedSource(translationOf: (original: string) => string) {
    const dir = writeContent({ "site.yml": SITE, "privacy/2014-03-15.md": SOURCE });
    const project = dirname(dir);
    commitAll(project, "Publish the policy", "2026-01-05T12:00:00Z");
    writeFileSync(
      join(dir, "privacy/2014-03-15.de.md"),
      translation(`translation_of: ${translationOf(SOURCE)}\n`),
    );
    const corrected = SOURCE.replace(
      "---\n\n",
      "corrections:\n  - date: 2026-02-01\n    reason: Web logs are kept 90 days.\n---\n\n",
    ).replace("a year", "90 days");
    writeFileSync(join(dir, "privacy/2014-03-15.md"), corrected);
    commitAll(project, "Translate, and correct the source", "2026-02-01T12:00:00Z");
    return { dir, project, corrected };
  }

  it("of an earlier text (the source was corrected since) is a warning naming both files and the correction", () => {
    const { dir, project, corrected } = correctedSource(sha256);
    const warnings: string[] = [];
    const model = validateSite({
      contentDir: dir,
      projectRoot: project,
      asOf: "2026-03-01",
      onWarning: (warning) => warnings.push(warning),
    });
    expect(warnings).toContain(
      `content/privacy/2014-03-15.de.md translates an earlier text of content/privacy/2014-03-15.md (SHA-256 ${sha256(SOURCE).slice(0, 12)}…, of 2026-01-05), which has been corrected since (2026-02-01: Web logs are kept 90 days.): update the translation and set translation_of: ${sha256(corrected)}`,
    );
    const [translated] = model.policies[0]?.versions[0]?.translations ?? [];
    expect(translated?.basis).toEqual({ kind: "earlier", day: "2026-01-05" });
  });

  it("of a text the source never had is an error on the translation_of line", () => {
    const { dir, project } = correctedSource(() => "a".repeat(64));
    expect(() =>
      validateSite({ contentDir: dir, projectRoot: project, asOf: "2026-03-01" }),
    ).toThrow(
      /content\/privacy\/2014-03-15\.de\.md:3: translation_of is the SHA-256 of no text content\/privacy\/2014-03-15\.md has ever had/,
    );
  });

  it("of the source's text as it is is current", () => {
    const dir = writeContent({
      "site.yml": SITE,
      "privacy/2014-03-15.md": SOURCE,
      "privacy/2014-03-15.de.md": translation(`translation_of: ${sha256(SOURCE)}\n`),
    });
    const model = validateSite({ contentDir: dir, projectRoot: dir, asOf: "2026-03-01" });
    expect(model.policies[0]?.versions[0]?.translations.map((each) => each.basis)).toEqual([
      { kind: "current" },
    ]);
  });
});

describe("the lock and translations", () => {
  it("records a translation like a version, and refuses a published translation changed without a correction", () => {
    const text = `translation_of: ${sha256(SOURCE)}\n`;
    const dir = writeContent({
      "site.yml": SITE,
      "privacy/2014-03-15.md": SOURCE,
      "privacy/2014-03-15.de.md": translation(text),
      "published.lock": `privacy/2014-03-15.md sha256:${sha256(SOURCE)} corrections:0\nprivacy/2014-03-15.de.md sha256:${sha256(translation(text))} corrections:0\n`,
    });
    expect(() =>
      validateSite({ contentDir: dir, projectRoot: dir, asOf: "2026-03-01" }),
    ).not.toThrow();
    writeFileSync(join(dir, "privacy/2014-03-15.de.md"), translation(text, "Geändert."));
    expect(() => validateSite({ contentDir: dir, projectRoot: dir, asOf: "2026-03-01" })).toThrow(
      /privacy\/2014-03-15\.de\.md: this published version's text changed/,
    );
  });
});

describe("a policy seen in a translation's language", () => {
  it("has the translation's own redline blocks and readability, measured in its language", () => {
    const model = validateSite({
      contentDir: join(fixturesDir, "translations"),
      projectRoot,
      asOf: "2026-12-10",
    });
    const [policy] = model.policies;
    const german = model.languages.find((language) => language.tag === "de");
    if (!policy || !german) throw new Error("the fixture has a policy translated into German");
    const version = localizedPolicy(policy, german).versions.find(
      (each) => each.effective === "2026-12-16",
    );
    const translation = policy.versions
      .find((each) => each.effective === "2026-12-16")
      ?.translations.find((each) => each.language === "de");
    expect(version?.redlineBlocks).toBe(translation?.redlineBlocks);
    expect(version?.readability).toMatchObject({
      language: "de",
      readingEase: { formula: "Amstad" },
    });
  });
});
