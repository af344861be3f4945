import { resolve } from "node:path";

/**
 * Where the content lives: `content/` in the project, or `REDLINE_CONTENT_DIR` (used by the
 * benchmark and the tests to build other content with the same code).
 */
export function contentDirectory(
  projectRoot: string,
  env: NodeJS.ProcessEnv = process.env,
): string {
  return resolve(projectRoot, env["REDLINE_CONTENT_DIR"] || "content");
}
