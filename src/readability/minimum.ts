/**
 * site.yml's `readability: { min_reading_ease: N }`: a new version (one the lock does not
 * record yet) whose reading ease is below N is refused, naming its file and score.
 * Published versions are history and are never re-judged; a version in a language with no
 * formula cannot be scored and is not refused.
 */
import type { ContentProblem, VersionRecord } from "../content/index.ts";
import type { Readability } from "./readability.ts";

export function readabilityProblems<Version extends Pick<VersionRecord, "file" | "readability">>(
  versions: readonly Version[],
  minimum: number | undefined,
  isNew: (version: Version) => boolean,
): ContentProblem[] {
  if (minimum === undefined) return [];
  return versions.flatMap((version) => {
    const ease = version.readability.readingEase;
    if (!ease || ease.score >= minimum || !isNew(version)) return [];
    return [
      {
        file: version.file,
        message: `its ${ease.formula} reading ease is ${ease.score}, below the ${minimum} site.yml requires (readability.min_reading_ease): shorten long sentences and prefer short words (${describeCounts(version.readability)})`,
      },
    ];
  });
}

/** "23 words in 2 sentences, 3.39 syllables a word": what the score was computed from. */
function describeCounts(counts: Readability): string {
  const sentences = counts.sentences === 1 ? "1 sentence" : `${counts.sentences} sentences`;
  const perWord = (counts.syllables / Math.max(1, counts.words)).toFixed(2);
  return `${counts.words} words in ${sentences}, ${perWord} syllables a word`;
}
