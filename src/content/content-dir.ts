import { resolve } from "node:path";

/**
 * Where the content lives: a script's `--content` option (relative to the working
 * directory), else `content/` in the project.
 */
export function contentDirectory(projectRoot: string, option?: string): string {
  return option ? resolve(option) : resolve(projectRoot, "content");
}
