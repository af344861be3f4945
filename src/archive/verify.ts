/**
 * `npm run verify -- <dist-folder-or-url>`: checks a built (or deployed) site against the
 * content and the lock. For every version: `/<policy>/<date>.md` is byte-equal to the
 * content file, the file's SHA-256 is the one the lock records, and the version page
 * shows that SHA-256. Every version the lock records must still be in the content.
 */
import { readFile } from "node:fs/promises";
import type { Element } from "hast";
import { fromHtml } from "hast-util-from-html";
import { visit } from "unist-util-visit";
import { join } from "node:path";
import type { Content } from "../content/index.ts";
import { lockName, type LockEntry } from "./lock.ts";
import { versionPath, versionSourcePath } from "../site/index.ts";
import { sha256Hex as sha256 } from "../content/index.ts";
import { languageSegment } from "../i18n/index.ts";

/** Reads a site-relative path from the built site; undefined when it is not there. */
export type SiteReader = (path: string) => Promise<Uint8Array | undefined>;

/** A reader for a `dist/` folder or for a site's base URL (http: or https:). */
export function siteReader(location: string): SiteReader {
  if (/^https?:\/\//i.test(location)) {
    const base = location.endsWith("/") ? location : `${location}/`;
    return async (path) => {
      const response = await fetch(new URL(path.replace(/^\//, ""), base));
      return response.ok ? new Uint8Array(await response.arrayBuffer()) : undefined;
    };
  }
  return async (path) => {
    const file = join(location, path.endsWith("/") ? `${path}index.html` : path);
    try {
      return new Uint8Array(await readFile(file));
    } catch {
      return undefined;
    }
  };
}

/**
 * The SHA-256 a version page shows: the `data-sha256` attribute of its element, read by an
 * HTML parser. Policy text that merely says `data-sha256="…"` is text, not an attribute,
 * and the sanitizer lets no policy markup carry data attributes. Undefined unless exactly
 * one element carries it.
 */
function shownHash(page: Uint8Array): string | undefined {
  const hashes: string[] = [];
  visit(fromHtml(Buffer.from(page).toString("utf8")), "element", (element: Element) => {
    const value = element.properties["dataSha256"];
    if (value !== undefined) hashes.push(String(value));
  });
  return hashes.length === 1 ? hashes[0] : undefined;
}

/** Every mismatch found, one sentence each naming the version; empty when the site is intact. */
export async function verifySite(input: {
  read: SiteReader;
  content: Content;
  lock: readonly LockEntry[];
}): Promise<string[]> {
  const { read, content, lock } = input;
  const lockByName = new Map(lock.map((entry) => [lockName(entry), entry]));
  // Versions, and translations under their language's tree (/de/privacy/2014-03-15.md).
  const published = [
    ...content.versions.map((version) => ({ ...version, prefix: "" })),
    ...content.translations.map((translation) => ({
      ...translation,
      prefix: `/${languageSegment(translation.language)}`,
    })),
  ];
  const names = new Set(published.map(lockName));
  const mismatches: string[] = [];

  for (const entry of lock) {
    if (!names.has(lockName(entry))) {
      mismatches.push(`${lockName(entry)}: recorded in the lock but missing from the content`);
    }
  }

  await Promise.all(
    published.map(async (version) => {
      const name = lockName(version);
      // The content was hashed from the committed bytes as it was loaded.
      const hash = version.sha256;
      const locked = lockByName.get(name);
      if (locked && locked.sha256 !== hash) {
        mismatches.push(
          `${name}: the content's SHA-256 ${hash} is not the one the lock records, ${locked.sha256}`,
        );
      }

      const sourcePath = version.prefix + versionSourcePath(version.policy, version.effective);
      const served = await read(sourcePath);
      if (!served) {
        mismatches.push(`${name}: the site has no ${sourcePath}`);
      } else if (sha256(served) !== hash) {
        mismatches.push(
          `${name}: ${sourcePath} differs from ${version.file} (SHA-256 ${sha256(served)}, the content's is ${hash})`,
        );
      }

      const pagePath = version.prefix + versionPath(version.policy, version.effective);
      const page = await read(pagePath);
      const shown = page && shownHash(page);
      if (!page) mismatches.push(`${name}: the site has no page ${pagePath}`);
      else if (shown !== hash) {
        mismatches.push(
          `${name}: the page ${pagePath} shows SHA-256 ${shown ?? "(none)"}, the content's is ${hash}`,
        );
      }
    }),
  );
  return mismatches.sort();
}
