/**
 * A version's length and reading ease in a page's language: "2,345 words", "about 10
 * minutes to read", "42.3", "difficult" in English (readability.ts's own words, unchanged),
 * "2.345 Wörter", "Lesezeit etwa 10 Minuten", "42,3", "schwierig" in German. Browser-safe.
 */
import { counted, type InterfaceStrings } from "../i18n/strings.ts";
import {
  formatReadingTime,
  formatScore,
  formatWords,
  readingEaseBand,
  readingEaseBandIndex,
} from "./readability.ts";

export interface ReadabilityWords {
  words: (count: number) => string;
  readingTime: (minutes: number) => string;
  score: (score: number) => string;
  band: (score: number) => string;
}

const ENGLISH: ReadabilityWords = {
  words: formatWords,
  readingTime: formatReadingTime,
  score: formatScore,
  band: readingEaseBand,
};

export function readabilityWords(language: {
  tag: string;
  strings: InterfaceStrings;
}): ReadabilityWords {
  const { tag, strings: t } = language;
  if (tag === "en") return ENGLISH;
  const number = new Intl.NumberFormat(tag);
  const scored = new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return {
    words: (count) => counted(t.readability_words, count, tag, { count: number.format(count) }),
    readingTime: (minutes) => counted(t.readability_time, minutes, tag),
    score: (score) => scored.format(score),
    band: (score) => t.readability_bands.split("|")[readingEaseBandIndex(score)] ?? "",
  };
}
