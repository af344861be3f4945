/**
 * How hard a version is to read: its words, sentences, syllables, reading time and a
 * reading-ease score, as the plain-language rules for consumer documents measure it
 * (Florida requires a Flesch reading ease of 45, Virginia 50). Browser-safe.
 *
 * What is counted, so that anyone can redo the sums by hand:
 * - The text is the policy's prose block by block (paragraphs, headings, table cells),
 *   as `textBlocks` reads it from the Markdown tree: no markup, no code blocks or raw HTML.
 * - A word is a run of letters and digits (inner apostrophes and hyphens join: "don't",
 *   "e-mail") with at least one letter; a number alone ("2014", "94105") is not a word.
 * - A sentence ends at `.`, `!` or `?` followed by a space and a capital letter, a digit or
 *   an opening quote or bracket, and at the end of every block: a heading, a list item or a
 *   table cell is a sentence of its own, as a reader reads it. ("e.g. the" does not end one.)
 * - Syllables: English words are counted by the `syllable` package (a dictionary of
 *   exceptions over the usual rules); German, Spanish and French words by their groups of
 *   vowels (a diphthong is one group), less a silent final "e" or "es" in French.
 * - Reading time: 238 words a minute, the average silent reading rate of English
 *   non-fiction (Brysbaert, 2019), rounded, at least one minute.
 */
import { syllable } from "syllable";

/** The reading-ease formulas, each made for one language's texts (FORMULAS below). */
export const READING_EASE_FORMULAS = [
  "Flesch",
  "Amstad",
  "Fernández Huerta",
  "Kandel–Moles",
] as const;
export type ReadingEaseFormula = (typeof READING_EASE_FORMULAS)[number];

export interface ReadingEase {
  formula: ReadingEaseFormula;
  /** Higher is easier: about 60–70 is plain English; 30–50 is "difficult"; below 30 "very difficult". */
  score: number;
}

/** A version's readability figures. */
export interface Readability {
  /** The language the figures were computed for (BCP 47, e.g. `en`). */
  language: string;
  words: number;
  sentences: number;
  syllables: number;
  /** Minutes an adult takes to read it silently, at least 1. */
  readingMinutes: number;
  /** Undefined when no formula is known for the language (it is then "not computed"). */
  readingEase: ReadingEase | undefined;
}

export const WORDS_PER_MINUTE = 238;

/**
 * Each language's formula: `wordsPerSentence` (W/S) and `syllablesPerWord` (Syl/W) → score.
 * Fernández Huerta is usually written with per-100-words rates: 206.84 − 0.60 P − 1.02 F,
 * P syllables and F sentences per 100 words; the same formula is written here with W/S
 * and Syl/W.
 */
const FORMULAS: Record<
  string,
  { formula: ReadingEaseFormula; score: (wps: number, spw: number) => number }
> = {
  en: { formula: "Flesch", score: (wps, spw) => 206.835 - 1.015 * wps - 84.6 * spw },
  de: { formula: "Amstad", score: (wps, spw) => 180 - wps - 58.5 * spw },
  es: {
    formula: "Fernández Huerta",
    score: (wps, spw) => 206.84 - 60 * spw - 102 / wps,
  },
  fr: { formula: "Kandel–Moles", score: (wps, spw) => 207 - 1.015 * wps - 73.6 * spw },
};

/** The formula used for `language` (`en-GB` uses `en`'s), or undefined when none is known. */
export function readingEaseFormula(language: string): ReadingEaseFormula | undefined {
  return FORMULAS[baseLanguage(language)]?.formula;
}

const baseLanguage = (language: string) => language.toLowerCase().split("-")[0] ?? "";

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const LETTER = /\p{L}/u;
/** A sentence end inside a block: `.`, `!` or `?`, then space, then what starts a sentence. */
const SENTENCE_END = /[.!?]+["'’”)\]]*\s+(?=["'‘“([]?[\p{Lu}\p{N}])/gu;

/** The words of a text, as readability counts them. */
export function wordsOf(text: string): string[] {
  return (text.match(WORD) ?? []).filter((word) => LETTER.test(word));
}

/** Sentences in one block of text: those ended inside it, and the block's end. */
export function sentencesIn(block: string): number {
  if (wordsOf(block).length === 0) return 0;
  const inner = block
    .trim()
    .split(SENTENCE_END)
    .filter((part) => wordsOf(part).length > 0);
  return Math.max(1, inner.length);
}

const VOWEL_GROUPS: Record<string, RegExp> = {
  de: /[aeiouyäöü]+/g,
  es: /[aeiouáéíóúü]+/g,
  fr: /[aeiouyàâäéèêëîïôöùûüœæ]+/g,
};

/**
 * English syllables by word, remembered: `syllable` takes about 6 µs a word, and a policy
 * repeats a vocabulary of a few thousand words across tens of thousands (83 versions of
 * the benchmark corpus: 3.1 s counted word by word). Bounded, so it cannot grow for ever.
 */
const englishSyllables = new Map<string, number>();
const REMEMBERED_WORDS = 100_000;

function englishSyllablesIn(word: string): number {
  const key = word.toLowerCase();
  let count = englishSyllables.get(key);
  if (count === undefined) {
    count = Math.max(1, syllable(key));
    if (englishSyllables.size >= REMEMBERED_WORDS) englishSyllables.clear();
    englishSyllables.set(key, count);
  }
  return count;
}

/** Syllables in one word of `language`. */
export function syllablesIn(word: string, language: string): number {
  const base = baseLanguage(language);
  const groups = VOWEL_GROUPS[base];
  if (!groups) return englishSyllablesIn(word);
  // A "u" after q or g before e or i is not sounded ("politique", "guerra", "que").
  const lower = word.toLowerCase().replace(/([qg])u(?=[eiéèêíî])/g, "$1");
  let count = lower.match(groups)?.length ?? 0;
  // French: a final "e" or "es" after a consonant is silent ("politique", "données").
  if (base === "fr" && count > 1 && /[^aeiouyàâäéèêëîïôöùûüœæ]es?$/.test(lower)) count -= 1;
  return Math.max(1, count);
}

/** Readability of a text given as its blocks (paragraphs, headings, cells), in `language`. */
export function readability(blocks: readonly string[], language = "en"): Readability {
  let words = 0;
  let sentences = 0;
  let syllables = 0;
  for (const block of blocks) {
    const blockWords = wordsOf(block);
    words += blockWords.length;
    sentences += sentencesIn(block);
    for (const word of blockWords) syllables += syllablesIn(word, language);
  }
  const formula = FORMULAS[baseLanguage(language)];
  return {
    language,
    words,
    sentences,
    syllables,
    readingMinutes: Math.max(1, Math.round(words / WORDS_PER_MINUTE)),
    readingEase:
      formula && words > 0
        ? {
            formula: formula.formula,
            score: roundToTenth(formula.score(words / sentences, syllables / words)),
          }
        : undefined,
  };
}

const roundToTenth = (value: number) => Math.round(value * 10) / 10;

/** How the common Flesch bands name a score (Flesch, 1949), for readers. */
export function readingEaseBand(score: number): string {
  return READING_EASE_BANDS[readingEaseBandIndex(score)] ?? "";
}

const READING_EASE_BANDS = [
  "very easy",
  "easy",
  "fairly easy",
  "plain",
  "fairly difficult",
  "difficult",
  "very difficult",
];

/** Which band a score is in, easiest first: 90 and over is 0, below 30 is 6. */
export function readingEaseBandIndex(score: number): number {
  const floors = [90, 80, 70, 60, 50, 30];
  const index = floors.findIndex((floor) => score >= floor);
  return index === -1 ? floors.length : index;
}

const counted = new Intl.NumberFormat("en-US");
const scored = new Intl.NumberFormat("en-US", {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

/** Readers' words for the figures: "2,345 words", "about 10 minutes", "42.3". */
export const formatWords = (words: number) =>
  `${counted.format(words)} ${words === 1 ? "word" : "words"}`;
export const formatReadingTime = (minutes: number) =>
  `about ${minutes} ${minutes === 1 ? "minute" : "minutes"} to read`;
export const formatScore = (score: number) => scored.format(score);
