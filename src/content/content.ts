/**
 * Reads the whole `content/` folder: `site.yml` and one folder per policy holding one
 * file per version. Every problem in every file is collected before giving up, so an
 * editor fixes them all in one pass.
 */
import { lstatSync, readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { ContentError, type ContentProblem } from "./content-error.ts";
import { isPolicySlug, siteConfigSchema, type SiteConfig } from "./schema.ts";
import { readVersionSource, type RenderedBodies, type VersionRecord } from "./version-source.ts";
import { editorText, parseYamlData } from "./yaml-data.ts";
import { timelineProblems } from "../lifecycle/index.ts";
import {
  readTranslationSource,
  translationFileName,
  translationProblems,
  type TranslationRecord,
} from "./translation-source.ts";

export const SITE_CONFIG_FILE = "site.yml";
/** The archive lock (src/archive/lock.ts): the only other file the content folder holds at its top. */
export const LOCK_FILE = "published.lock";

/** Files that may sit beside the policy folders. */
const CONTENT_ROOT_FILES = new Set([SITE_CONFIG_FILE, LOCK_FILE]);

/**
 * Names a policy may not take, because the site writes a file at `/<name>/…` or
 * `/<name>.<ext>` itself, or a route of its own would be written over by a policy's:
 * every top-level page and folder (src/pages/, public/, Pagefind's index, Astro's assets),
 * Astro's error pages (`/404/` is written as the site's 404.html), and the static names
 * beside a per-policy route (`/api/policies.json` and `/api/receipt.schema.json` beside
 * `/api/<policy>.json`).
 * tests/lib/reserved-names.test.ts derives them from src/pages/ and public/ so that a new
 * route cannot be added without its name here.
 */
export const RESERVED_POLICY_SLUGS = new Set([
  "404",
  "500",
  "api",
  "embed",
  "feed",
  "favicon",
  "index",
  "notices",
  "pagefind",
  "policies",
  "receipt",
  "robots",
  "search",
  "_astro",
  "feed.xml",
]);

export interface Content {
  site: SiteConfig;
  /** Every version of every policy, ordered by policy, then effective date. */
  versions: VersionRecord[];
  /** Every translation (`<YYYY-MM-DD>.<lang>.md`), ordered by policy, then file name. */
  translations: TranslationRecord[];
  /** Where site.yml is and the line of each key it writes, for messages about its settings. */
  siteSource: SiteSource;
}

/** `content/site.yml` as messages name it: its project-relative path and each key's line. */
export interface SiteSource {
  file: string;
  lines: Partial<Record<keyof SiteConfig, number>>;
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

  // Published files are the content folder's own: a symbolic link could publish any file on
  // the machine that builds the site, and its target can change without a commit.
  const symlinkProblem = (path: string): ContentProblem => ({
    file: display(path),
    message:
      "is a symbolic link: only files inside the content folder are published; replace the link with a copy of the file or folder",
  });

  const versions: VersionRecord[] = [];
  const renderedBodies: RenderedBodies = new Map();
  const translations: TranslationRecord[] = [];
  for (const entry of entries) {
    // Hidden files beside the policies (.DS_Store, .gitkeep) are no one's content.
    if (entry.startsWith(".")) continue;
    const path = join(contentDir, entry);
    const stats = lstatSync(path);
    if (stats.isSymbolicLink()) {
      problems.push(symlinkProblem(path));
      continue;
    }
    if (!stats.isDirectory()) {
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
    const all = readdirSync(path).sort();
    // A hidden file that looks like a version (`.2027-01-01.md`) would never be published:
    // most likely a mistake, so it is refused; other hidden files (.DS_Store) are ignored.
    for (const name of all.filter((name) => name.startsWith(".") && name.endsWith(".md"))) {
      problems.push({
        file: display(join(path, name)),
        message: `a hidden file (its name starts with a dot) is never published: if it is a version, rename it ${name.replace(/^\.+/, "")}; if not, move it out of the content folder`,
      });
    }
    const files = all.filter((name) => !name.startsWith("."));
    if (files.length === 0) {
      problems.push({
        file: display(path),
        message: "the policy folder has no versions: add a YYYY-MM-DD.md file",
      });
    }
    for (const fileName of files) {
      const filePath = join(path, fileName);
      const fileStats = lstatSync(filePath);
      if (fileStats.isSymbolicLink()) {
        problems.push(symlinkProblem(filePath));
        continue;
      }
      if (!fileName.endsWith(".md") || !fileStats.isFile()) {
        problems.push({
          file: display(filePath),
          message:
            "unexpected file: each version is a Markdown file named by its effective date, YYYY-MM-DD.md (a translation, YYYY-MM-DD.<lang>.md)",
        });
        continue;
      }
      // A copy the exact size of the file (readFileSync may hand out a slice of a shared pool).
      const bytes = new Uint8Array(readFileSync(filePath));
      const location = { file: display(filePath), policy: entry, fileName };
      const rules = { imageHosts: site?.image_hosts ?? [], language: site?.language ?? "en" };
      // `2014-03-15.de.md` is a translation of the version `2014-03-15.md` beside it.
      const result = translationFileName(fileName)
        ? readTranslationSource(bytes, location, rules, renderedBodies)
        : readVersionSource(bytes, location, rules, renderedBodies);
      if (!result.ok) problems.push(...result.problems);
      else if ("language" in result.value) translations.push(result.value);
      else versions.push(result.value);
    }
  }

  if (site) {
    problems.push(
      ...translationProblems(
        translations,
        versions,
        site,
        display(join(contentDir, SITE_CONFIG_FILE)),
      ),
    );
    // A translation's pages are at /<tag>/: not where the site writes pages of its own.
    for (const tag of site.translations) {
      if (RESERVED_POLICY_SLUGS.has(tag.toLowerCase())) {
        problems.push({
          file: display(join(contentDir, SITE_CONFIG_FILE)),
          message: `translations: "${tag}" would put its pages at /${tag.toLowerCase()}/, which the site uses itself: a translation is a language tag such as de, fr or pt-BR`,
        });
      }
    }
    // A policy folder named like a translation's language would share its URLs (/de/…).
    const translated = new Set(site.translations.map((tag) => tag.toLowerCase()));
    for (const slug of new Set(versions.map((version) => version.policy))) {
      if (translated.has(slug)) {
        problems.push({
          file: display(join(contentDir, slug)),
          message: `"${slug}" is also a translation's language in site.yml, whose pages are at /${slug}/: choose another folder name for this policy`,
        });
      }
    }
  }
  if (problems.length === 0) problems.push(...timelineProblems(versions));
  if (problems.length > 0 || !site || !siteResult.ok) throw new ContentError(problems);
  return { site, versions, translations, siteSource: siteResult.source };
}

function readSiteConfig(
  contentDir: string,
  display: (path: string) => string,
): { ok: true; value: SiteConfig; source: SiteSource } | { ok: false; problems: ContentProblem[] } {
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
  const file = display(sitePath);
  const parsed = parseYamlData(editorText(text), siteConfigSchema, {
    file,
    firstLine: 1,
    what: "site.yml",
  });
  if (!parsed.ok) return parsed;
  const lines: SiteSource["lines"] = {};
  for (const key of Object.keys(parsed.value) as (keyof SiteConfig)[]) {
    const line = parsed.lineOf?.([key]);
    if (line !== undefined) lines[key] = line;
  }
  return { ok: true, value: parsed.value, source: { file, lines } };
}

/** Loads and validates `content/site.yml` alone. */
export function loadSiteConfig(contentDir: string, projectRoot = process.cwd()): SiteConfig {
  const result = readSiteConfig(contentDir, (path) => relative(projectRoot, path) || path);
  if (!result.ok) throw new ContentError(result.problems);
  return result.value;
}
