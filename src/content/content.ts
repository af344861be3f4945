/**
 * Reads the whole `content/` folder: `site.yml` and one folder per policy holding one
 * file per version. Every problem in every file is collected before giving up, so an
 * editor fixes them all in one pass.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { ContentError, type ContentProblem } from "./content-error.ts";
import { isPolicySlug, siteConfigSchema, type SiteConfig } from "./schema.ts";
import { readVersionSource, type VersionRecord } from "./version-source.ts";
import { editorText, parseYamlData, type Parsed } from "./yaml-data.ts";

export const SITE_CONFIG_FILE = "site.yml";
/** The archive lock (src/archive/lock.ts): the only other file the content folder holds at its top. */
export const LOCK_FILE = "published.lock";

/** Files that may sit beside the policy folders. */
const CONTENT_ROOT_FILES = new Set([SITE_CONFIG_FILE, LOCK_FILE]);

/** Top-level URL segments the site itself uses: a policy may not take them. */
export const RESERVED_POLICY_SLUGS = new Set([
  "api",
  "embed",
  "notices",
  "pagefind",
  "search",
  "_astro",
  "feed.xml",
]);

export interface Content {
  site: SiteConfig;
  /** Every version of every policy, ordered by policy, then effective date. */
  versions: VersionRecord[];
}

/** Loads and validates `contentDir`. Paths in messages are relative to `projectRoot`. */
export function loadContent(contentDir: string, projectRoot = process.cwd()): Content {
  const problems: ContentProblem[] = [];
  const display = (path: string) => relative(projectRoot, path) || path;

  let entries: string[];
  try {
    entries = readdirSync(contentDir).sort();
  } catch {
    throw new ContentError([
      { file: display(contentDir), message: "the content folder does not exist or cannot be read" },
    ]);
  }

  const siteResult = readSiteConfig(contentDir, display);
  const site = siteResult.ok ? siteResult.value : undefined;
  if (!siteResult.ok) problems.push(...siteResult.problems);

  const versions: VersionRecord[] = [];
  for (const entry of entries) {
    if (entry.startsWith(".")) continue;
    const path = join(contentDir, entry);
    if (!statSync(path).isDirectory()) {
      if (!CONTENT_ROOT_FILES.has(entry)) {
        problems.push({
          file: display(path),
          message: `unexpected file: a version belongs in a policy folder, as content/<policy>/<YYYY-MM-DD>.md`,
        });
      }
      continue;
    }
    if (!isPolicySlug(entry) || RESERVED_POLICY_SLUGS.has(entry)) {
      problems.push({
        file: display(path),
        message: RESERVED_POLICY_SLUGS.has(entry)
          ? `"${entry}" is used by the site itself: choose another folder name for this policy`
          : `the policy folder name is its URL: use lower-case letters, digits and single hyphens (e.g. "privacy", "terms-of-service")`,
      });
      continue;
    }
    const files = readdirSync(path)
      .filter((name) => !name.startsWith("."))
      .sort();
    if (files.length === 0) {
      problems.push({
        file: display(path),
        message: "the policy folder has no versions: add a YYYY-MM-DD.md file",
      });
    }
    for (const fileName of files) {
      const filePath = join(path, fileName);
      if (!fileName.endsWith(".md") || !statSync(filePath).isFile()) {
        problems.push({
          file: display(filePath),
          message:
            "unexpected file: each version is a Markdown file named by its effective date, YYYY-MM-DD.md",
        });
        continue;
      }
      // A copy the exact size of the file (readFileSync may hand out a slice of a shared pool).
      const result = readVersionSource(new Uint8Array(readFileSync(filePath)), {
        file: display(filePath),
        policy: entry,
        fileName,
      });
      if (result.ok) versions.push(result.value);
      else problems.push(...result.problems);
    }
  }

  if (problems.length > 0 || !site) throw new ContentError(problems);
  return { site, versions };
}

function readSiteConfig(contentDir: string, display: (path: string) => string): Parsed<SiteConfig> {
  const sitePath = join(contentDir, SITE_CONFIG_FILE);
  let text: string;
  try {
    text = readFileSync(sitePath, "utf8");
  } catch {
    return {
      ok: false,
      problems: [
        {
          file: display(sitePath),
          message:
            "site.yml is missing: it names the organisation, its time zone and notice period",
        },
      ],
    };
  }
  return parseYamlData(editorText(text), siteConfigSchema, {
    file: display(sitePath),
    firstLine: 1,
    what: "site.yml",
  });
}

/** Loads and validates `content/site.yml` alone. */
export function loadSiteConfig(contentDir: string, projectRoot = process.cwd()): SiteConfig {
  const result = readSiteConfig(contentDir, (path) => relative(projectRoot, path) || path);
  if (!result.ok) throw new ContentError(result.problems);
  return result.value;
}
