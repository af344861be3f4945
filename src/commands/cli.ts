/**
 * What every script does on failure: one clear message, exit 1. Content problems are
 * listed one per line as `file:line: message`.
 */
import { ContentError, UsageError, formatProblem } from "../content/index.ts";
import { contentDirectory, loadContent, type Content } from "../content/index.ts";
import { AsOfError } from "../dates/index.ts";

/**
 * Prints `error` for the editor and exits 1. `usage` is the command's usage line, shown
 * after a mistake in its arguments (an unknown option, a missing value).
 */
export function reportFailure(error: unknown, usage?: string): never {
  console.error(failureMessage(error, usage));
  process.exit(1);
}

/** What reportFailure prints for `error`. */
export function failureMessage(error: unknown, usage?: string): string {
  if (error instanceof ContentError) {
    const count = error.problems.length;
    return [
      `✗ The content has ${count === 1 ? "1 problem" : `${count} problems`}:`,
      ...error.problems.map((problem) => `  ${formatProblem(problem)}`),
      "Nothing was published; fix the lines above and run again.",
    ].join("\n");
  }
  if (isArgumentError(error)) {
    return `✗ ${error.message}${usage ? `\n${usage}` : ""}`;
  }
  if (error instanceof AsOfError || error instanceof UsageError) return `✗ ${error.message}`;
  return `✗ Failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
}

/** node:util parseArgs refusing the command line (its errors have an ERR_PARSE_ARGS_* code). */
function isArgumentError(error: unknown): error is Error {
  return (
    error instanceof TypeError &&
    String((error as NodeJS.ErrnoException).code).startsWith("ERR_PARSE_ARGS_")
  );
}

/**
 * What a command that edits content starts from: the project (the working directory), its
 * content folder (`--content`, or content/) and the content, loaded and validated.
 */
export function loadCommandContent(contentOption: string | undefined): {
  projectRoot: string;
  contentDir: string;
  content: Content;
} {
  const projectRoot = process.cwd();
  const contentDir = contentDirectory(projectRoot, contentOption);
  return { projectRoot, contentDir, content: loadContent(contentDir, projectRoot) };
}
