/**
 * A Git repository around content written by a test, with commits on chosen days, for the
 * archive's history checks.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

/** Commits everything in `projectRoot` (a repository is created the first time) at `isoTime`. */
export function commitAll(projectRoot: string, message: string, isoTime: string): void {
  const git = (...args: string[]) =>
    execFileSync("git", ["-C", projectRoot, ...args], {
      stdio: "pipe",
      env: {
        ...process.env,
        GIT_AUTHOR_DATE: isoTime,
        GIT_COMMITTER_DATE: isoTime,
        GIT_CONFIG_GLOBAL: "/dev/null",
        GIT_CONFIG_NOSYSTEM: "1",
      },
    });
  if (!existsSync(join(projectRoot, ".git"))) git("init", "-q");
  git("add", "-A");
  git(
    "-c",
    "user.name=Editor",
    "-c",
    "user.email=editor@example.com",
    "commit",
    "-q",
    "--allow-empty",
    "-m",
    message,
  );
}
