/**
 * What each translation translates: its `translation_of` against the texts its source
 * version has had. The source's text now: the translation is current. A text the lock
 * recorded earlier, or one Git has (the source was corrected since): it translates an
 * earlier text, which `check` and the build warn about, naming both files, and its pages
 * say. No text the source ever had: an error, since nothing would bind the translation
 * to what it claims to translate.
 */
import type { ContentProblem, TranslationRecord, VersionRecord } from "../content/index.ts";
import type { CalendarDate } from "../dates/index.ts";
import type { TranslationBasis, TranslationModel } from "../site/index.ts";
import { committedTexts, type ArchiveHistory } from "./archive-history.ts";
import { lockName, type LockEntry } from "./lock.ts";

export interface TranslationBinding {
  translations: TranslationModel[];
  problems: ContentProblem[];
  warnings: string[];
}

export function bindTranslations(input: {
  translations: readonly TranslationRecord[];
  versions: readonly VersionRecord[];
  lock: readonly LockEntry[];
  history: ArchiveHistory;
  contentDir: string;
  timeZone: string;
}): TranslationBinding {
  const { history } = input;
  const sources = new Map(input.versions.map((version) => [lockName(version), version]));
  const problems: ContentProblem[] = [];
  const warnings: string[] = [];
  const translations = input.translations.flatMap((translation): TranslationModel[] => {
    const name = lockName({ policy: translation.policy, effective: translation.effective });
    const source = sources.get(name);
    if (!source) return [];
    const bound = (basis: TranslationBasis) => [{ ...translation, basis }];
    if (translation.translation_of === source.sha256) return bound({ kind: "current" });

    const earlier = earlierText(translation.translation_of, name, input);
    const corrections = source.corrections.filter(
      (correction) => !earlier?.day || correction.date >= earlier.day,
    );
    const correction = corrections.at(-1);
    if (earlier) {
      warnings.push(
        `${translation.file} translates an earlier text of ${source.file} (SHA-256 ${translation.translation_of.slice(0, 12)}…${earlier.day ? `, of ${earlier.day}` : ""}), which has been corrected since${correction ? ` (${correction.date}: ${correction.reason})` : ""}: update the translation and set translation_of: ${source.sha256}`,
      );
      return bound({ kind: "earlier", day: earlier.day });
    }
    if (!history.available) {
      warnings.push(
        `${translation.file}: translation_of is not the SHA-256 of ${source.file} as it is now, and without its Git history (${history.reason}) it cannot be told whether it is an earlier text: treated as one; set translation_of: ${source.sha256} once the translation matches`,
      );
      return bound({ kind: "earlier", day: undefined });
    }
    problems.push({
      file: translation.file,
      line: translation.lines.translation_of ?? 1,
      message: `translation_of is the SHA-256 of no text ${source.file} has ever had (it is ${source.sha256} now): copy the hash from the version's page or content/published.lock, or start the translation again with npm run new -- ${translation.policy} --translate ${translation.language} --date ${translation.effective}`,
    });
    return [];
  });
  return { translations, problems, warnings };
}

/** The earlier text of `name` whose SHA-256 is `hash`: in the lock now, in its history, or in Git. */
function earlierText(
  hash: string,
  name: string,
  input: {
    lock: readonly LockEntry[];
    history: ArchiveHistory;
    contentDir: string;
    timeZone: string;
  },
): { day: CalendarDate | undefined } | undefined {
  if (input.lock.some((entry) => lockName(entry) === name && entry.sha256 === hash)) {
    const recorded = input.history.available
      ? input.history.recordedHashes.get(name)?.get(hash)
      : undefined;
    return { day: recorded?.day };
  }
  if (!input.history.available) return undefined;
  const recorded = input.history.recordedHashes.get(name)?.get(hash);
  if (recorded) return { day: recorded.day };
  const committed = committedTexts(input.contentDir, name, input.timeZone).find(
    (text) => text.sha256 === hash,
  );
  return committed && { day: committed.day };
}
