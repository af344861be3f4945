/**
 * Readability figures against sums done by hand (words, sentences and syllables counted on
 * paper, then each language's formula).
 */
import { describe, expect, it } from "vitest";
import {
  readability,
  readabilityProblems,
  readingEaseFormula,
  sentencesIn,
  syllablesIn,
  textBlocks,
  wordsOf,
} from "../../src/readability/index.ts";
import { parseMarkdown } from "../../src/render/index.ts";

const ease = (text: string | string[], language = "en") =>
  readability(Array.isArray(text) ? text : [text], language);

describe("reading ease, computed by hand", () => {
  it("Flesch, English: 6 words, 1 sentence, 6 syllables → 206.835 − 1.015×6 − 84.6×1 = 116.1", () => {
    expect(ease("The cat sat on the mat.")).toMatchObject({
      words: 6,
      sentences: 1,
      syllables: 6,
      readingEase: { formula: "Flesch", score: 116.1 },
    });
  });

  it("Flesch, English: cook-ies are small files / we use them to re-mem-ber you → 91.8", () => {
    // 10 words, 2 sentences, 13 syllables: 206.835 − 1.015×5 − 84.6×1.3 = 91.78
    expect(ease("Cookies are small files. We use them to remember you.")).toMatchObject({
      words: 10,
      sentences: 2,
      syllables: 13,
      readingEase: { score: 91.8 },
    });
  });

  it("Flesch, English: long words in one long sentence score below zero", () => {
    // 8 words, 1 sentence; or-gan-i-sa-tion 5, col-lects 2, per-son-al-ly 4,
    // i-den-ti-fi-a-ble 6, in-for-ma-tion 4, for 1, ad-ver-tis-ing 4, pur-pos-es 3 = 29
    // 206.835 − 1.015×8 − 84.6×3.625 = −107.96
    expect(
      ease("Organisation collects personally identifiable information for advertising purposes."),
    ).toMatchObject({ words: 8, sentences: 1, syllables: 29, readingEase: { score: -108 } });
  });

  it("Amstad, German: Wir spei-chern Ih-re Da-ten → 180 − 4 − 58.5×7/4 = 73.6", () => {
    expect(ease("Wir speichern Ihre Daten.", "de")).toMatchObject({
      syllables: 7,
      readingEase: { formula: "Amstad", score: 73.6 },
    });
  });

  it("Kandel–Moles, French: Nous gar-dons vos don-nées → 207 − 1.015×4 − 73.6×6/4 = 92.5", () => {
    expect(ease("Nous gardons vos données.", "fr")).toMatchObject({
      syllables: 6,
      readingEase: { formula: "Kandel–Moles", score: 92.5 },
    });
  });

  it("Fernández Huerta, Spanish: Guar-da-mos sus da-tos → 206.84 − 0.60×200 − 1.02×33.3 = 52.8", () => {
    expect(ease("Guardamos sus datos.", "es")).toMatchObject({
      syllables: 6,
      readingEase: { formula: "Fernández Huerta", score: 52.8 },
    });
  });

  it("names no formula, and computes no score, for a language it has none for", () => {
    expect(readingEaseFormula("ja")).toBeUndefined();
    expect(readingEaseFormula("en-GB")).toBe("Flesch");
    expect(ease("プライバシー", "ja").readingEase).toBeUndefined();
  });
});

describe("what is counted", () => {
  it("a word has a letter: numbers alone are not words; apostrophes and hyphens join", () => {
    expect(wordsOf("In 2014 we don't e-mail 94105 users.")).toEqual([
      "In",
      "we",
      "don't",
      "e-mail",
      "users",
    ]);
  });

  it("a sentence ends before a capital, not at an abbreviation, and at a block's end", () => {
    expect(sentencesIn("We keep logs, e.g. the address. Then we delete them")).toBe(2);
    expect(sentencesIn("Data we keep")).toBe(1);
    expect(sentencesIn("")).toBe(0);
  });

  it("French drops a silent final e and the u of qu; German counts a diphthong once", () => {
    expect(syllablesIn("politique", "fr")).toBe(3);
    expect(syllablesIn("données", "fr")).toBe(2);
    expect(syllablesIn("Einstellungen", "de")).toBe(4);
  });

  it("reads the prose of a Markdown version block by block: headings, paragraphs, cells; no code", () => {
    const tree = parseMarkdown(
      "# Data we keep\n\nYour *name* and [e-mail](mailto:a@b.c).\n\n- Logs\n- Cookies\n\n| Kind | Days |\n| --- | --- |\n| Logs | 90 |\n\n```\nnot prose\n```\n",
    );
    expect(textBlocks(tree)).toEqual([
      "Data we keep",
      "Your name and e-mail.",
      "Logs",
      "Cookies",
      "Kind",
      "Days",
      "Logs",
      "90",
    ]);
  });

  it("reading time: 238 words a minute, rounded, at least one minute", () => {
    expect(ease("word ".repeat(100)).readingMinutes).toBe(1);
    expect(ease("word ".repeat(600)).readingMinutes).toBe(3);
  });
});

describe("site.yml's min_reading_ease", () => {
  const version = (file: string, text: string) => ({ file, readability: ease(text) });
  const hard = version(
    "content/privacy/2027-01-01.md",
    "Organisation collects personally identifiable information for advertising purposes.",
  );
  const plain = version("content/privacy/2027-02-01.md", "The cat sat on the mat.");

  it("refuses a new version below the minimum, naming its file and score", () => {
    expect(readabilityProblems([hard, plain], 45, () => true)).toEqual([
      {
        file: "content/privacy/2027-01-01.md",
        message: expect.stringMatching(/^its Flesch reading ease is -108, below the 45 site.yml/),
      },
    ]);
  });

  it("leaves published versions alone, and checks nothing without a minimum", () => {
    expect(readabilityProblems([hard], 45, () => false)).toEqual([]);
    expect(readabilityProblems([hard], undefined, () => true)).toEqual([]);
  });
});
