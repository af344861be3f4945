/**
 * A site translated into German and Arabic (tests/fixtures/translations/), as built: the
 * translated trees under /de/ and /ar/, each page's language and direction, hreflang
 * links and the language switcher, the prevailing-language notice with both hashes, a
 * missing translation, a translation of an earlier text, the API, feeds, notice e-mails,
 * footer include and search index in each language, and `verify` over the translations.
 *
 * Built as of 2027-01-10: the version of 2026-12-16 is in effect, translated into German
 * only; the version of 2014-03-15 was corrected after its German translation was made.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { policiesApiSchema } from "../../src/outputs/api.ts";
import { buildSite, copyContent, fixturesDir, runScript } from "../support/build.ts";
import { builtSite } from "../support/sites.ts";

const fixture = join(fixturesDir, "translations");
const AS_OF = "2027-01-10";
let site: string;
const file = (path: string) => readFileSync(join(site, path), "utf8");
const page = (path: string) => file(join(path, "index.html"));
/** Visible text, roughly: tags dropped, whitespace folded. */
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
const sha256Of = (path: string) =>
  /translation_of: ([0-9a-f]{64})/.exec(readFileSync(join(fixture, path), "utf8"))?.[1];

beforeAll(async () => {
  site = await builtSite(AS_OF, fixture);
});

describe("a translated site", () => {
  it("keeps the authoritative pages at their URLs and gives each translation the same tree under /<lang>/", () => {
    for (const path of [
      "index.html",
      "privacy/index.html",
      "privacy/2014-03-15/index.html",
      "de/index.html",
      "de/privacy/index.html",
      "de/privacy/2014-03-15/index.html",
      "de/privacy/2026-12-16/index.html",
      "de/privacy/history/index.html",
      "de/privacy/changes/2026-12-16/index.html",
      "de/privacy/compare/index.html",
      "de/search/index.html",
      "de/feed.xml",
      "de/privacy/feed.xml",
      "ar/privacy/index.html",
      "ar/search/index.html",
    ]) {
      expect(existsSync(join(site, path)), path).toBe(true);
    }
    expect(page("privacy")).toMatch(/<html lang="en">/);
  });

  it("says each page's language, and the direction of a right-to-left one", () => {
    expect(page("de/privacy")).toMatch(/<html lang="de">/);
    expect(page("ar/privacy")).toMatch(/<html lang="ar" dir="rtl">/);
    expect(page("ar/search")).toMatch(/<html lang="ar" dir="rtl">/);
  });

  it("links each version to its translations with hreflang, and x-default to the authoritative one", () => {
    const alternates = (html: string) =>
      [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map(
        (match) => `${match[1]} ${match[2]}`,
      );
    const expected2014 = [
      "en https://policies.isocket.com/privacy/2014-03-15/",
      "de https://policies.isocket.com/de/privacy/2014-03-15/",
      "ar https://policies.isocket.com/ar/privacy/2014-03-15/",
      "x-default https://policies.isocket.com/privacy/2014-03-15/",
    ];
    expect(alternates(page("privacy/2014-03-15"))).toEqual(expected2014);
    expect(alternates(page("de/privacy/2014-03-15"))).toEqual(expected2014);
    // The version of 2026-12-16, in effect, has no Arabic translation: no hreflang leads to
    // its Arabic page, nor to the Arabic page of the policy in effect.
    expect(alternates(page("privacy")).map((line) => line.split(" ")[0])).toEqual([
      "en",
      "de",
      "x-default",
    ]);
    expect(alternates(page("de/privacy/2026-12-16"))).toEqual([
      "en https://policies.isocket.com/privacy/2026-12-16/",
      "de https://policies.isocket.com/de/privacy/2026-12-16/",
      "x-default https://policies.isocket.com/privacy/2026-12-16/",
    ]);
  });

  it("has a language switcher leading to the same page in each language, each named in its own", () => {
    const switcher = /<nav class="language-switcher"[^]*?<\/nav>/.exec(
      page("de/privacy/history"),
    )?.[0];
    expect(switcher).toContain('aria-label="Sprachen"');
    expect(switcher).toMatch(
      /<a href="\/privacy\/history\/" lang="en" hreflang="en"[^>]*>English<\/a>/,
    );
    expect(switcher).toMatch(
      /<a href="\/de\/privacy\/history\/" lang="de" hreflang="de" aria-current="page"[^>]*>Deutsch<\/a>/,
    );
    expect(switcher).toMatch(
      /<a href="\/ar\/privacy\/history\/" lang="ar" hreflang="ar" dir="rtl"[^>]*>العربية<\/a>/,
    );
  });

  it("shows a translated version in its language, says which language prevails, and binds it to its source by both hashes", () => {
    const html = page("de/privacy/2026-12-16");
    expect(html).toContain("<h1>Datenschutzerklärung</h1>");
    expect(text(html)).toContain("Aufbewahrung von Daten");
    expect(text(html)).toContain("Gültig ab 16. Dezember 2026");
    expect(text(html)).toContain(
      "Diese Übersetzung dient nur Ihrer Information. Rechtlich maßgeblich ist allein die Fassung in Englisch.",
    );
    expect(html).toContain(`data-translation-of="${sha256Of("privacy/2026-12-16.de.md")}"`);
    expect(html).toMatch(/data-translation-sha256="[0-9a-f]{64}"/);
    expect(html).toMatch(
      /<a href="\/privacy\/2026-12-16\/" hreflang="en" data-authoritative-link>/,
    );
    expect(html).toContain('data-translation-notice="current"');
    // The translation's own source, byte for byte, and its hash on the page.
    expect(file("de/privacy/2026-12-16.md")).toBe(
      readFileSync(join(fixture, "privacy/2026-12-16.de.md"), "utf8"),
    );
  });

  it("never shows an older translation as in effect: the Arabic tree says the version in effect is not translated", () => {
    const html = page("ar/privacy");
    expect(html).toContain('data-translation-notice="missing"');
    expect(text(html)).toContain("لم تُترجم النسخة السارية إلى العربية بعد");
    expect(html).toMatch(
      /<a href="\/privacy\/2026-12-16\/" hreflang="en" data-authoritative-link>/,
    );
    // The authoritative text is shown, marked with its own language; not the Arabic of 2014.
    expect(html).toMatch(/<div class="policy-body" data-policy-body lang="en" dir="ltr"/);
    expect(html).not.toContain("تحترم iSocket خصوصيتك");
    expect(html).toContain("Data Retention");
  });

  it("says a translation of an earlier text is one, and links to what was corrected", () => {
    const html = page("de/privacy/2014-03-15");
    expect(html).toContain('data-translation-notice="earlier"');
    expect(text(html)).toContain(
      "Diese Übersetzung beruht auf einem früheren Text dieser Fassung, der seitdem korrigiert wurde",
    );
    expect(html).toMatch(
      /<a href="\/privacy\/2014-03-15\/#cite" hreflang="en" data-stale-changes-link>/,
    );
    // The Arabic translation translates the corrected text: current.
    expect(page("ar/privacy/2014-03-15")).toContain('data-translation-notice="current"');
  });

  it("gives the redline of two translated versions in their language, and says when one is missing", () => {
    const german = page("de/privacy/changes/2026-12-16");
    expect(german).toContain("data-redline-inline");
    expect(german).toMatch(
      /<ul data-sections="added">\s*<li><a href="#new-aufbewahrung-von-daten">Aufbewahrung von Daten<\/a>/,
    );
    const arabic = page("ar/privacy/changes/2026-12-16");
    expect(arabic).not.toContain("data-redline-inline");
    expect(arabic).toContain('data-translation-notice="missing"');
    expect(arabic).toMatch(
      /<a href="\/privacy\/changes\/2026-12-16\/"[^>]*data-authoritative-link>/,
    );
  });

  it("lists each version's translations with their hashes in the API", () => {
    const api = policiesApiSchema.parse(JSON.parse(file("api/policies.json")));
    expect(api.languages?.map((language) => language.language)).toEqual(["en", "de", "ar"]);
    const [first, second] = api.policies[0]?.versions ?? [];
    expect(first?.translations?.map((each) => [each.language, each.current])).toEqual([
      ["de", false],
      ["ar", true],
    ]);
    expect(second?.translations).toEqual([
      expect.objectContaining({
        language: "de",
        title: "Datenschutzerklärung",
        translation_of: second?.sha256,
        current: true,
        urls: {
          page: "https://policies.isocket.com/de/privacy/2026-12-16/",
          source: "https://policies.isocket.com/de/privacy/2026-12-16.md",
        },
      }),
    ]);
  });

  it("publishes feeds in each language, of the versions translated into it", () => {
    const feed = file("de/feed.xml");
    expect(feed).toContain('xml:lang="de"');
    expect(feed).toContain(
      "<title>Datenschutzerklärung: Wesentlich, Gültig ab 16. Dezember 2026</title>",
    );
    expect(feed).toContain('href="https://policies.isocket.com/de/privacy/2026-12-16/"');
    expect(feed).toContain("<id>tag:policies.isocket.com,2026-12-16:de/privacy/2026-12-16</id>");
    expect(file("ar/feed.xml").match(/<entry>/g)).toHaveLength(1);
  });

  it("writes the notice e-mail in each language a material version is translated into", () => {
    const mail = file("notices/de/privacy/2026-12-16.txt");
    expect(mail).toContain(
      "Änderungen der Datenschutzerklärung von iSocket, gültig ab 16. Dezember 2026",
    );
    expect(mail).toContain("https://policies.isocket.com/de/privacy/changes/2026-12-16/");
    expect(mail).toContain("Rechtlich maßgeblich ist allein die Fassung in Englisch.");
    expect(existsSync(join(site, "notices/ar/privacy/2026-12-16.txt"))).toBe(false);
  });

  it("publishes the footer include in each language", () => {
    const html = file("embed/footer.de.html");
    expect(html).toContain('<ul class="redline-footer" lang="de">');
    expect(html).toContain('href="https://policies.isocket.com/de/privacy/"');
    expect(html).toContain(">Datenschutzerklärung</a>");
    const json = JSON.parse(file("embed/footer.ar.json")) as {
      language: string;
      policies: { url: string }[];
    };
    expect(json.language).toBe("ar");
    expect(json.policies[0]?.url).toBe("https://policies.isocket.com/ar/privacy/");
    expect(file("embed/footer.ar.html")).toContain('lang="ar" dir="rtl"');
    expect(file("embed/footer.de.js")).toContain("https://policies.isocket.com/de/privacy/");
  });

  it("indexes each language's text in its own Pagefind index", () => {
    const entry = JSON.parse(file("pagefind/pagefind-entry.json")) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages).sort()).toEqual(["ar", "de", "en"]);
  });
});

describe("the interface of a translated tree", () => {
  /** What a page says outside the policy text: scripts, styles and the text itself dropped. */
  const interfaceText = (html: string) =>
    text(
      html
        .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, "")
        .replace(/<div class="policy-body"[\s\S]*?<\/div>/, ""),
    );
  /** The redline's own words: its labels, notes and screen-reader words, not the policy text. */
  const redlineLabels = (html: string) =>
    [
      ...html.matchAll(
        /<(\w+)[^>]*(?:data-redline-ui|class="visually-hidden")[^>]*>([\s\S]*?)<\/\1>/g,
      ),
    ]
      .map((match) => text(match[2] ?? ""))
      .join("|");

  it("labels a changes page's redline in German, with no English left in its interface", () => {
    const html = page("de/privacy/changes/2026-12-16");
    const said = interfaceText(html);
    for (const german of [
      "Gestrichene Wörter sind durchgestrichen",
      "Nur die geänderten Passagen, mit etwas Kontext.",
      "Verglichen mit der Fassung vom 15. März 2014",
      "Wörter hinzugefügt",
      "Zur ersten Änderung",
      "Vorher (15. März 2014)",
      "Nachher (16. Dezember 2026)",
      "(in der Ansicht im Text)",
    ]) {
      expect(said).toContain(german);
    }
    expect(redlineLabels(html)).toMatch(/Unverändert: \d+ Absätze?/);
    expect(redlineLabels(html)).toContain("Änderung 1 von ");
    expect(redlineLabels(html)).toContain("eingefügt: ");
    expect(html).toContain('aria-label="Ansichten dieser Änderungen"');
    // Stacked on a narrow screen, each side is labelled by its cell (redline.css).
    expect(html).toContain('data-side-label="Vorher"');
    expect(html).toContain('data-side-label="Nachher"');
    expect(html).not.toMatch(/<p class="redline-legend" lang="en"/);
    for (const english of [
      "Removed words",
      "added words are underlined",
      "unchanged paragraph",
      "Change 1 of",
      "deleted: ",
      "inserted: ",
      "Before (",
      "After (",
      "in the inline view",
      "words added",
      "Go to the first change",
      "Compared with",
      "Reading ease",
      "Views of this redline",
    ]) {
      expect(said, english).not.toContain(english);
    }
  });

  it("gives the history's date lookup and glossary in German", () => {
    const html = page("de/privacy/history");
    const said = interfaceText(html);
    expect(said).toContain("Welche Fassung galt am Anzeigen");
    expect(said).toContain("Was die Begriffe bedeuten Wesentliche Änderung");
    expect(said).toContain("Sie wird mindestens 30 Tage vor ihrem Inkrafttreten angekündigt");
    expect(said).toContain("Zurückgezogen Eine angekündigte Fassung");
    expect(said).toContain("Über die nächste Änderung informiert werden");
    expect(html).not.toMatch(/<(form|section)[^>]*lang="en"/);
    for (const english of ["Which version", "Show it", "Material change", "Hear about"]) {
      expect(said, english).not.toContain(english);
    }
  });

  it("gives a version's citation and printed header in German", () => {
    const html = page("de/privacy/2026-12-16");
    const said = interfaceText(html);
    expect(said).toContain(
      "iSocket, Datenschutzerklärung (Fassung gültig ab 16. Dezember 2026, angekündigt am 16. November 2026), https://policies.isocket.com/de/privacy/2026-12-16/, SHA-256 ",
    );
    expect(said).toContain("Datenschutzerklärung, Fassung gültig ab 16. Dezember 2026");
    expect(said).toContain("Veröffentlicht am 10. Januar 2027");
    expect(html).toContain('data-print-template="Gedruckt am {date}" lang="de"');
    expect(html).toMatch(/data-copy-citation[^>]*>Zitat kopieren</);
    expect(said).not.toMatch(/version effective|As published|Copy the citation/);
    // Its length and reading ease, as German numbers and words (Amstad's formula).
    expect(said).toMatch(
      /\d+ Wörter, Lesezeit etwa \d+ Minuten? · Lesbarkeit \(Amstad\) \d+,\d, \w+/,
    );
    expect(said).not.toMatch(/reading ease|minutes to read|\d words/);
  });

  it("gives the compare and search forms in German, and their scripts German words", () => {
    const compare = page("de/privacy/compare");
    expect(interfaceText(compare)).toMatch(/Ältere Fassung .* Neuere Fassung .* Vergleichen/);
    expect(interfaceText(compare)).toContain("Änderungen vom 16. Dezember 2026 (wesentlich)");
    const compareWords = JSON.parse(
      /<script type="application\/json" data-compare-words>([^<]*)<\/script>/.exec(compare)?.[1] ??
        "{}",
    );
    expect(compareWords.compare.strings.compare_comparing).toBe("Wird verglichen …");
    expect(compareWords.redline.strings.redline_unchanged).toBe("Unverändert: {count} {kinds}");
    expect(compareWords.page.inline).toBe("Im Text");
    const search = page("de/search");
    const said = interfaceText(search);
    expect(said).toContain("Suchen nach");
    expect(said).toContain("Frühere und bevorstehende Fassungen einbeziehen");
    expect(said).toContain("Standardmäßig durchsucht die Suche die heute geltenden Fassungen");
    expect(said).not.toMatch(/Search for|Include past|By default|All policies/);
    const searchWords = JSON.parse(
      /<script type="application\/json" data-search-words>([^<]*)<\/script>/.exec(search)?.[1] ??
        "{}",
    );
    expect(searchWords.strings.search_none).toBe("Keine Treffer für „{query}“ in {scope}.");
  });

  it("falls back to English words in a language without built-in ones (Arabic)", () => {
    const said = interfaceText(page("ar/privacy/history"));
    expect(said).toContain("Which version was in effect on");
    expect(page("ar/privacy/history")).toMatch(/<form class="date-lookup"[^>]*lang="en"/);
    // Marked English, the line reads left to right inside the Arabic page (translations.css).
    expect(page("ar/privacy")).toMatch(/<p class="meta readability" lang="en"/);
    expect(page("de/privacy")).not.toMatch(/<p class="meta readability" lang="en"/);
  });
});

describe("a translated site during a change notice", () => {
  it("gives the notice in the translation's language, turned to the past on the effective day by the reader's clock", async () => {
    // The fixture before its correction of 2014-03-15 (dated after this day).
    const content = copyContent(fixture);
    const original = readFileSync(join(fixturesDir, "seed/privacy/2014-03-15.md"));
    writeFileSync(join(content, "privacy/2014-03-15.md"), original);
    // Without the Arabic translation of its corrected text (the lock records that one).
    rmSync(join(content, "privacy/2014-03-15.ar.md"));
    const lock = join(content, "published.lock");
    writeFileSync(
      lock,
      readFileSync(lock, "utf8").replace(/^privacy\/2014-03-15\.ar\.md .*\n/m, ""),
    );
    const dist = await buildSite({ contentDir: content, asOf: "2026-11-28" });
    const html = readFileSync(join(dist, "de/privacy/index.html"), "utf8");
    expect(text(html)).toContain("Diese Richtlinie ändert sich am 16. Dezember 2026 , in 18 Tagen");
    // The reader's clock keeps the countdown in German (NoticeClock reads its words here).
    expect(html).toMatch(
      /data-notice-countdown data-countdown-tomorrow="morgen" data-countdown-days="in \{days\} Tag\|in \{days\} Tagen" lang="de"/,
    );
    expect(html).toContain(
      'data-tense-effective="2026-12-16" data-tense-past="Diese Richtlinie hat sich am 16. Dezember 2026 geändert"',
    );
    expect(html).toMatch(
      /<a href="\/de\/privacy\/changes\/2026-12-16\/"[^>]*>Sehen, was sich ändert<\/a>/,
    );
  });
});

describe("npm run verify on a translated site", () => {
  it("checks each translation's source and page against the content", async () => {
    const dist = join(mkdtempSync(join(tmpdir(), "redline-verify-")), "dist");
    cpSync(site, dist, { recursive: true });
    const intact = await runScript("verify", [dist, "--content", fixture]);
    expect(intact.stdout + intact.stderr).not.toContain(".de.md");
    writeFileSync(join(dist, "de/privacy/2026-12-16.md"), "tampered");
    const tampered = await runScript("verify", [dist, "--content", fixture]);
    expect(tampered.status).toBe(1);
    expect(tampered.stdout + tampered.stderr).toContain(
      "privacy/2026-12-16.de.md: /de/privacy/2026-12-16.md differs from",
    );
  });
});

describe("a translation with a mistake", () => {
  it("stops the build, naming the file and line, and publishes nothing", async () => {
    const content = copyContent(fixture);
    const path = join(content, "privacy/2026-12-16.de.md");
    writeFileSync(path, readFileSync(path, "utf8").replace("summary:", "material: true\nsummary:"));
    const out = join(mkdtempSync(join(tmpdir(), "redline-bad-")), "dist");
    const result = await runScript("build", ["--out", out, "--content", content], { AS_OF });
    expect(result.status).toBe(1);
    expect(result.stdout + result.stderr).toMatch(
      /privacy\/2026-12-16\.de\.md:4: field "material" is not set in a translation/,
    );
    expect(existsSync(out)).toBe(false);
  });
});
