/**
 * Folders a killed build left behind. Every build stages in `.dist-building-<pid>` (and
 * `…-cache`) in the project, and swaps through `.<out>-incoming-<pid>` and
 * `.<out>-previous-<pid>` beside its output; a build stopped by `kill -9` or a power cut
 * never removes them. The next build removes those whose process is gone, and never one
 * of a build still running (parallel builds of other content are normal).
 */
import { readdirSync } from "node:fs";
import { rm } from "node:fs/promises";
import { join } from "node:path";

/** True while process `pid` exists (EPERM: it exists but belongs to someone else). */
export function isProcessAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Removes the folders in `parent` whose name `pattern` matches (its first group is the
 * pid of the build that made it) and whose build is gone. Returns the names removed.
 */
export async function removeStaleFolders(
  parent: string,
  pattern: RegExp,
  alive: (pid: number) => boolean = isProcessAlive,
): Promise<string[]> {
  let names: string[];
  try {
    names = readdirSync(parent);
  } catch {
    return [];
  }
  const stale = names.filter((name) => {
    const pid = pattern.exec(name)?.[1];
    return pid !== undefined && !alive(Number(pid));
  });
  await Promise.all(stale.map((name) => rm(join(parent, name), { recursive: true, force: true })));
  return stale.sort();
}

/** `.dist-building-<pid>` and its `-cache`, in the project. */
export const STAGING_FOLDER = /^\.dist-building-(\d+)(?:-cache)?$/;

/** `.<out>-incoming-<pid>` and `.<out>-previous-<pid>`, beside the output folder `out`. */
export function swapFolders(out: string): RegExp {
  const escaped = out.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`^\\.${escaped}-(?:incoming|previous)-(\\d+)$`);
}
