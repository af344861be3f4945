/**
 * What every script does on failure: one clear message, exit 1. Content problems are
 * listed one per line as `file:line: message`.
 */
import { ContentError, formatProblem } from "./content-error.ts";
import { AsOfError } from "./today.ts";

export function reportFailure(error: unknown): never {
  if (error instanceof ContentError) {
    const count = error.problems.length;
    console.error(`✗ The content has ${count === 1 ? "1 problem" : `${count} problems`}:`);
    for (const problem of error.problems) console.error(`  ${formatProblem(problem)}`);
    console.error("Nothing was published; fix the lines above and run again.");
  } else if (error instanceof AsOfError) {
    console.error(`✗ ${error.message}`);
  } else if (error instanceof Error && error.name === "UsageError") {
    console.error(`✗ ${error.message}`);
  } else {
    console.error("✗ Failed:", error instanceof Error ? (error.stack ?? error.message) : error);
  }
  process.exit(1);
}

/** A mistake in how a command was called. */
export class UsageError extends Error {
  override name = "UsageError";
}
