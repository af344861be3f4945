/**
 * `verifySite` against an in-memory site built from the seed content: intact, then with
 * each kind of damage a deployment could suffer.
 */
import { join } from "node:path";
import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { loadContent } from "../../src/content/content.ts";
import type { CalendarDate } from "../../src/dates/dates.ts";
import { lockName, readLock, type LockEntry } from "../../src/archive/lock.ts";
import { versionPath, versionPdfPath, versionSourcePath } from "../../src/site/urls.ts";
import { verifySite, type SiteReader } from "../../src/archive/verify.ts";
import { fixturesDir, projectRoot, seedContent } from "../support/build.ts";

const content = loadContent(seedContent, projectRoot);
const lock = readLock(seedContent, projectRoot);
if (!lock.ok) throw new Error("the seed's lock reads");
const encode = (text: string) => new TextEncoder().encode(text);

/** The files a correct build serves for each version: its Markdown and a page showing its hash. */
function intactSite(): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  for (const version of content.versions) {
    files.set(versionSourcePath(version.policy, version.effective), version.bytes);
    files.set(
      versionPath(version.policy, version.effective),
      encode(`<p>SHA-256 <code data-sha256="${version.sha256}">${version.sha256}</code></p>`),
    );
  }
  return files;
}
const reader =
  (files: Map<string, Uint8Array>): SiteReader =>
  async (path) =>
    files.get(path);
const verify = (files: Map<string, Uint8Array>, entries: readonly LockEntry[] = lock.value) =>
  verifySite({ read: reader(files), content, lock: entries });

describe("verifying a built site against the content and the lock", () => {
  it("finds nothing wrong with a site built from the content", async () => {
    expect(await verify(intactSite())).toEqual([]);
  });

  it("names a served Markdown file whose bytes differ, and a missing one", async () => {
    const files = intactSite();
    files.set("/privacy/2014-03-15.md", encode("altered"));
    files.delete("/privacy/2026-12-16.md");
    const found = await verify(files);
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(
      /^privacy\/2014-03-15\.md: \/privacy\/2014-03-15\.md differs from tests\/fixtures\/seed\/privacy\/2014-03-15\.md \(SHA-256 [0-9a-f]{64}, the content's is [0-9a-f]{64}\)$/,
    );
    expect(found[1]).toBe("privacy/2026-12-16.md: the site has no /privacy/2026-12-16.md");
  });

  it("reads the hash from the page's element, not from policy text that looks like one", async () => {
    const files = intactSite();
    const version = content.versions[0];
    if (!version) throw new Error("the seed has versions");
    const forged = "f".repeat(64);
    // A tampered page whose policy text, placed first, quotes the right hash as text.
    files.set(
      versionPath(version.policy, version.effective),
      encode(
        `<p>Our old notice said data-sha256="${version.sha256}".</p><code data-sha256="${forged}">${forged}</code>`,
      ),
    );
    expect(await verify(files)).toEqual([
      `${lockName(version)}: the page ${versionPath(version.policy, version.effective)} shows SHA-256 ${forged}, the content's is ${version.sha256}`,
    ]);
  });

  it("names a page that shows another hash, or none", async () => {
    const files = intactSite();
    files.set("/privacy/2014-03-15/", encode("<p>no hash here</p>"));
    const [found] = await verify(files);
    expect(found).toMatch(
      /^privacy\/2014-03-15\.md: the page \/privacy\/2014-03-15\/ shows SHA-256 \(none\), the content's is [0-9a-f]{64}$/,
    );
  });

  it("names a version whose hash the lock records differently, and a locked version the content lost", async () => {
    const entries = lock.value.map((entry) =>
      entry.effective === "2014-03-15" ? { ...entry, sha256: "0".repeat(64) } : entry,
    );
    const lost: LockEntry = {
      policy: "privacy",
      effective: "2010-01-01" as CalendarDate,
      sha256: "1".repeat(64),
      corrections: 0,
      imported: false,
      line: 9,
    };
    const found = await verify(intactSite(), [...entries, lost]);
    expect(found).toEqual([
      "privacy/2010-01-01.md: recorded in the lock but missing from the content",
      expect.stringMatching(
        /^privacy\/2014-03-15\.md: the content's SHA-256 [0-9a-f]{64} is not the one the lock records, 0{64}$/,
      ),
    ]);
  });
});

describe("verifying the PDFs of a site with translations (pdf: true)", () => {
  const translated = loadContent(join(fixturesDir, "translations"), projectRoot);
  const withPdfs = { ...translated, site: { ...translated.site, pdf: true } };

  /** A PDF whose keywords name the source it was printed from, as the build's stamp does. */
  const pdfOf = async (sha256: string) => {
    const document = await PDFDocument.create();
    document.addPage();
    document.setKeywords([`sha256:${sha256}`]);
    return document.save();
  };

  it("checks each version's PDF against the version, and asks none of a translation", async () => {
    const files = new Map<string, Uint8Array>();
    for (const version of [
      ...translated.versions.map((each) => ({ ...each, prefix: "" })),
      ...translated.translations.map((each) => ({ ...each, prefix: `/${each.language}` })),
    ]) {
      files.set(
        version.prefix + versionSourcePath(version.policy, version.effective),
        version.bytes,
      );
      files.set(
        version.prefix + versionPath(version.policy, version.effective),
        encode(`<code data-sha256="${version.sha256}">${version.sha256}</code>`),
      );
    }
    for (const version of translated.versions) {
      files.set(versionPdfPath(version.policy, version.effective), await pdfOf(version.sha256));
    }
    const check = () => verifySite({ read: reader(files), content: withPdfs, lock: [] });
    expect(translated.translations.length).toBeGreaterThan(0);
    expect(await check()).toEqual([]);
    // The PDF of another text is still reported.
    const [first, second] = translated.versions;
    if (!first || !second) throw new Error("the fixture has two versions");
    files.set(versionPdfPath(first.policy, first.effective), await pdfOf(second.sha256));
    expect(await check()).toEqual([
      `${lockName(first)}: ${versionPdfPath(first.policy, first.effective)} was printed from a source with SHA-256 ${second.sha256}, the content's is ${first.sha256}`,
    ]);
  });
});
