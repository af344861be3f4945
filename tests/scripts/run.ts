/**
 * Runs one of the project's scripts like `npm run <name>`, without blocking the test
 * worker (spawnSync starves Vitest's own messages when many scripts run in one file).
 */
import { execFile } from "node:child_process";
import { join } from "node:path";
import { projectRoot, type CommandResult } from "../support/build.ts";

export function runScriptAsync(
  name: string,
  args: readonly string[],
  env: Record<string, string | undefined> = {},
): Promise<CommandResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [
        join(projectRoot, "node_modules/tsx/dist/cli.mjs"),
        join(projectRoot, `scripts/${name}.ts`),
        ...args,
      ],
      { cwd: projectRoot, env: { ...process.env, ...env }, encoding: "utf8", timeout: 300_000 },
      (error, stdout, stderr) => {
        const code = error && typeof error.code === "number" ? error.code : error ? -1 : 0;
        resolve({ status: code, stdout, stderr });
      },
    );
  });
}
