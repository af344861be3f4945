/**
 * The content folder as it was at a Git commit (`npm run changes -- --base main`), written
 * into a temporary folder so that it is read, validated and modelled by the very code that
 * reads the working tree (src/content/): one reader, never a second one for Git's copy.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { UsageError } from "../content/index.ts";
import { git } from "./archive-history.ts";

export interface ContentAt {
  /** The content folder as it was at the commit; absent when the commit had none. */
  folder: string;
  /** The full commit id the ref named. */
  commit: string;
  /** Removes the folder. */
  dispose(): void;
}

/** The content folder `contentDir` as it was at `ref` (a branch, tag or commit). */
export function contentAt(contentDir: string, ref: string): ContentAt {
  const top = git(contentDir, ["rev-parse", "--show-toplevel"]);
  if ("failed" in top) {
    throw new UsageError(
      `the content folder is not in a Git repository (${top.failed}): npm run changes compares two commits`,
    );
  }
  const resolved = git(contentDir, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
  if ("failed" in resolved) {
    throw new UsageError(
      `--base ${ref} is not a commit in this repository: name a branch, tag or commit (e.g. origin/main; in a shallow clone, fetch it first)`,
    );
  }
  const commit = resolved.output.trim();
  const repository = top.output.trim();
  const inRepository = relative(repository, contentDir) || ".";
  const folder = mkdtempSync(join(tmpdir(), "redline-base-"));
  const dispose = () => rmSync(folder, { recursive: true, force: true });
  // `git archive` writes the folder as the commit has it (no checkout, no index touched).
  const listed = git(repository, ["ls-tree", "--name-only", commit, "--", inRepository]);
  const content = join(folder, inRepository);
  if ("failed" in listed || listed.output.trim() === "")
    return { folder: content, commit, dispose };
  try {
    const tar = execFileSync(
      "git",
      ["-C", repository, "archive", "--format=tar", commit, "--", inRepository],
      {
        maxBuffer: 1024 * 1024 * 1024,
      },
    );
    execFileSync("tar", ["-x", "-C", folder], { input: tar });
  } catch (error) {
    dispose();
    throw error;
  }
  return { folder: content, commit, dispose };
}
