/**
 * Builds a site the way a user does (`npm run build`, in a child process) from content
 * kept in the repository, into a temporary folder.
 */
import { execFile } from "node:child_process";
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";

export const projectRoot = resolve(import.meta.dirname, "../..");
/**
 * The seed content (iSocket's 2014 policy and the illustrative 2026 change) as a fixture: a
 * copy of content/ at the time of writing, so an editor's new version in content/ never
 * changes what the tests see.
 */
export const seedContent = join(projectRoot, "tests/fixtures/seed");
export const fixturesDir = join(projectRoot, "tests/fixtures");

export interface CommandResult {
  status: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs one of the project's scripts (`scripts/<name>.ts`) with tsx, as `npm run <name>` does.
 * Asynchronous on purpose: a synchronous spawn blocks the test worker, which then cannot
 * answer Vitest's own messages while a long build runs.
 */
export function runScript(
  name: string,
  args: readonly string[] = [],
  env: Record<string, string | undefined> = {},
  cwd = projectRoot,
): Promise<CommandResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [
        join(projectRoot, "node_modules/tsx/dist/cli.mjs"),
        join(projectRoot, `scripts/${name}.ts`),
        ...args,
      ],
      {
        cwd,
        env: { ...process.env, ...env },
        encoding: "utf8",
        timeout: 300_000,
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const status = error ? (typeof error.code === "number" ? error.code : -1) : 0;
        resolve({ status, stdout, stderr });
      },
    );
  });
}

/** Builds `contentDir` into a new temporary folder and returns its path; throws with the output on failure. */
export async function buildSite(options: {
  contentDir?: string;
  asOf?: string;
  env?: Record<string, string | undefined>;
  outDir?: string;
}): Promise<string> {
  const outDir = options.outDir ?? join(mkdtempSync(join(tmpdir(), "redline-site-")), "dist");
  const result = await runScript(
    "build",
    ["--out", outDir, "--content", options.contentDir ?? seedContent],
    {
      AS_OF: options.asOf,
      ...options.env,
    },
  );
  if (result.status !== 0) {
    throw new Error(`build failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  return outDir;
}

/** A copy of `source` (content folder) in a temporary folder, to change for one test. */
export function copyContent(source = seedContent): string {
  const target = join(mkdtempSync(join(tmpdir(), "redline-content-")), "content");
  cpSync(source, target, { recursive: true });
  return target;
}

/** Every file under `dir` with its bytes, for comparing two builds. */
export function snapshotFiles(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(dir, path), readFileSync(path));
    }
  };
  walk(dir);
  return files;
}

/** A minimal valid `site.yml` for content written by tests. */
export const SITE_YML = [
  "organization: Example Co",
  "email: privacy@example.com",
  "address: 1 Example Street, Springfield",
  "url: https://policies.example.com",
  "timezone: America/Los_Angeles",
  "notice_days: 30",
  "related_sites:",
  "  - name: Example",
  "    url: https://www.example.com",
  "",
].join("\n");

/** Writes a content folder from `{ "privacy/2026-01-31.md": "…" }` (site.yml added unless given). */
export function writeContent(files: Record<string, string | Uint8Array>): string {
  const root = join(mkdtempSync(join(tmpdir(), "redline-content-")), "content");
  const all: Record<string, string | Uint8Array> = { "site.yml": SITE_YML, ...files };
  for (const [path, text] of Object.entries(all)) {
    const target = join(root, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
  return root;
}
