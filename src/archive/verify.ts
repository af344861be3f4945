/**
 * `npm run verify -- <dist-folder-or-url>`: checks a built (or deployed) site against the
 * content and the lock. For every version: `/<policy>/<date>.md` is byte-equal to the
 * content file, the file's SHA-256 is the one the lock records, and the version page
 * shows that SHA-256. Every version the lock records must still be in the content, or,
 * recorded as postponed, have its old pages lead to its new date. When site.yml says
 * `pdf: true`, each version's `/<policy>/<date>.pdf` must carry that SHA-256 too (its
 * `sha256:` keyword, src/pdf/pdf-metadata.ts): a PDF belongs to the text it was printed
 * from. (Translations have no PDF of their own: the PDF is the authoritative text.)
 *
 * What a postponed version's old date serves, exactly: its page `/<policy>/<old>/` and its
 * changes page `/<policy>/changes/<old>/`, each saying when and why it was postponed and
 * linking (`data-postponed-link`) to the new date's page and changes page; and no
 * `/<policy>/<old>.md`, nor `.pdf`. The file moved, and gained its `postponed:` entry, so its
 * text is served at the new date only, under a new SHA-256; the bytes first announced stay
 * in Git history, their SHA-256 on the lock's old line. An old `.md` still served (a host
 * that kept a previous deploy's files) is reported: the site would then differ from the build.
 */
import { readFile } from "node:fs/promises";
import type { Element } from "hast";
import { fromHtml } from "hast-util-from-html";
import { visit } from "unist-util-visit";
import { join } from "node:path";
import type { Content } from "../content/index.ts";
import { lockName, type LockEntry } from "./lock.ts";
import { movedFrom } from "./lock-lifecycle.ts";
import { changesPath, versionPath, versionPdfPath, versionSourcePath } from "../site/index.ts";
import { pdfSourceHash } from "../pdf/index.ts";
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
  const hashes = attributeValues(page, "dataSha256", "dataSha256");
  return hashes.length === 1 ? hashes[0] : undefined;
}

/** The `read` property of every element of `page` that has the `marker` property (hast names). */
function attributeValues(page: Uint8Array, marker: string, read: string): string[] {
  const values: string[] = [];
  visit(fromHtml(Buffer.from(page).toString("utf8")), "element", (element: Element) => {
    if (element.properties[marker] === undefined) return;
    const value = element.properties[read];
    if (value !== undefined) values.push(String(value));
  });
  return values;
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

  const movedPages: Promise<void>[] = [];
  for (const entry of lock) {
    if (names.has(lockName(entry))) continue;
    const moved = entry.postponedTo && movedFrom(content.versions, entry);
    if (!moved) {
      mismatches.push(`${lockName(entry)}: recorded in the lock but missing from the content`);
      continue;
    }
    // A postponed version's old pages stay and lead to the date it moved to; its old
    // source and PDF are not served (see the comment at the top).
    const { effective: to } = moved.version;
    movedPages.push(
      ...[versionPath, changesPath].map(async (pathOf) => {
        const [oldPath, target] = [pathOf(entry.policy, entry.effective), pathOf(entry.policy, to)];
        // A first version has no changes page, at either date.
        if (pathOf === changesPath && !(await read(target))) return;
        const page = await read(oldPath);
        if (!page)
          mismatches.push(`${lockName(entry)}: postponed, but the site has no page ${oldPath}`);
        else if (!attributeValues(page, "dataPostponedLink", "href").includes(target)) {
          mismatches.push(
            `${lockName(entry)}: the page ${oldPath} does not lead to ${target}, where it was postponed`,
          );
        }
      }),
      ...[versionSourcePath, versionPdfPath].map(async (pathOf) => {
        const oldFile = pathOf(entry.policy, entry.effective);
        if (await read(oldFile)) {
          mismatches.push(
            `${lockName(entry)}: postponed to ${to}, but the site still serves ${oldFile}, which the build no longer writes (its text is at ${pathOf(entry.policy, to)}): deploy the build whole, deleting files it did not write`,
          );
        }
      }),
    );
  }

  await Promise.all(movedPages);
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

      if (content.site.pdf && version.prefix === "") {
        const pdfPath = versionPdfPath(version.policy, version.effective);
        const pdf = await read(pdfPath);
        const printedFrom = pdf && (await pdfSourceHash(pdf));
        if (!pdf) mismatches.push(`${name}: the site has no ${pdfPath} (site.yml says pdf: true)`);
        else if (printedFrom !== hash) {
          mismatches.push(
            `${name}: ${pdfPath} was printed from a source with SHA-256 ${printedFrom ?? "(none: its keywords name no sha256)"}, the content's is ${hash}`,
          );
        }
      }
    }),
  );
  return mismatches.sort();
}
