/**
 * Content loaded once per process. A build validates the content in its first stage and
 * then runs Astro in the same process, whose loaders need the same content: parsing and
 * rendering every version twice would double the cost of the build.
 *
 * The memo lives on `globalThis` because Astro loads src/ through Vite, which gives this
 * module a second instance; it is keyed by the folder and checked against every file's
 * size and modification time, so edited content is always read again.
 */
import { readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { loadContent, type Content } from "./content.ts";

const MEMO_KEY = Symbol.for("redline.content-memo");
type Memo = Map<string, { fingerprint: string; content: Content }>;

function memo(): Memo {
  const store = globalThis as { [MEMO_KEY]?: Memo };
  store[MEMO_KEY] ??= new Map();
  return store[MEMO_KEY];
}

function fingerprint(dir: string): string {
  const parts: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      const stats = statSync(path);
      if (stats.isDirectory()) walk(path);
      else parts.push(`${path}:${stats.size}:${stats.mtimeMs}`);
    }
  };
  walk(dir);
  return parts.join("\n");
}

/** `loadContent`, reusing what this process already loaded from unchanged files. */
export function loadContentOnce(contentDir: string, projectRoot = process.cwd()): Content {
  const key = `${resolve(contentDir)}\0${resolve(projectRoot)}`;
  let current: string | undefined;
  try {
    current = fingerprint(contentDir);
  } catch {
    // A missing folder: loadContent reports it.
  }
  const cached = memo().get(key);
  if (current !== undefined && cached?.fingerprint === current) return cached.content;
  const content = loadContent(contentDir, projectRoot);
  if (current !== undefined) memo().set(key, { fingerprint: current, content });
  return content;
}
