/**
 * A mistake in the content, told the way an editor needs it: which file, which line,
 * what is wrong and how to fix it.
 */
export interface ContentProblem {
  /** Path of the file, relative to the project (e.g. `content/privacy/2014-03-15.md`). */
  file: string;
  /** 1-based line in that file, where the mistake has one. */
  line?: number;
  /** What is wrong and how to fix it, in one sentence. */
  message: string;
}

/** `content/privacy/2014-03-15.md:3: message`, the form editors and their editors' tools read. */
export function formatProblem(problem: ContentProblem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return `${where}: ${problem.message}`;
}

/** Thrown when content cannot be published; carries every problem found, not just the first. */
export class ContentError extends Error {
  override name = "ContentError";
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
    super(`The content has ${count}:\n${problems.map(formatProblem).join("\n")}`);
    this.problems = problems;
  }
}

/** The known word closest to `word` (a typo like `materal` → `material`), if any is close. */
export function closestWord(word: string, known: readonly string[]): string | undefined {
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (
      distance <= Math.max(2, Math.floor(candidate.length / 3)) &&
      (!best || distance < best.distance)
    ) {
      best = { candidate, distance };
    }
  }
  return best?.candidate;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * A mistake in how a command was called or what it was given (an option, a folder, a
 * related site's host): shown to the editor as its message alone, never with a stack.
 */
export class UsageError extends Error {
  override name = "UsageError";
}
