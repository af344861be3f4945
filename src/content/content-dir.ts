import { resolve } from "node:path";

/**
 * Where the content lives: a script's `--content` option (relative to the working
 * directory), else `REDLINE_CONTENT_DIR` (used by the benchmark and the tests to build
 * other content with the same code), else `content/` in the project.
 */
export function contentDirectory(
  projectRoot: string,
  option?: string,
  env: NodeJS.ProcessEnv = process.env,
): string {
  if (option) return resolve(option);
  return resolve(projectRoot, env["REDLINE_CONTENT_DIR"] || "content");
}
