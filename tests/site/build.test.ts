/**
 * The build as a user runs it: reproducible, independent of the machine's time zone,
 * and all-or-nothing when the content has a mistake.
 */
import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildSite, copyContent, runScript, seedContent, snapshotFiles } from "../support/build.ts";
import { IN_NOTICE, builtSite } from "../support/sites.ts";

describe("npm run build", () => {
  it("gives a byte-identical site for the same content and AS_OF, whatever the machine's TZ", async () => {
    const reference = snapshotFiles(await builtSite(IN_NOTICE));
    for (const TZ of ["Pacific/Kiritimati", "America/Los_Angeles"]) {
      const other = snapshotFiles(await buildSite({ asOf: IN_NOTICE, env: { TZ } }));
      expect([...other.keys()]).toEqual([...reference.keys()]);
      for (const [path, bytes] of reference) {
        expect(other.get(path)?.equals(bytes), `${path} differs under TZ=${TZ}`).toBe(true);
      }
    }
  });

  it("fails on a content mistake, naming the file and line, and leaves the previous dist/ as it was", async () => {
    const content = copyContent();
    const outDir = await buildSite({ contentDir: content, asOf: IN_NOTICE });
    const before = snapshotFiles(outDir);
    expect(before.get(".redline-build")?.toString()).toMatch(
      /^This folder is a site built by Redline/,
    );

    writeFileSync(
      join(content, "privacy/2027-01-01.md"),
      "---\ntitle: Privacy Policy\nmaterial: true\n---\nNew text\n",
    );
    const result = await runScript("build", ["--out", outDir, "--content", content], {
      AS_OF: IN_NOTICE,
    });

    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'privacy/2027-01-01.md:1: field "summary" is required when material is true',
    );
    expect(result.stderr).toContain("Nothing was published");
    const after = snapshotFiles(outDir);
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [path, bytes] of before) expect(after.get(path)?.equals(bytes)).toBe(true);
    expect(readdirSync(dirname(outDir))).toEqual(["dist"]);
  });

  it("refuses an --out that would delete the project or the content, before anything else", async () => {
    // The content has a mistake too: were the guard missing, validation would stop the
    // build before it publishes, so this test can fail without deleting the project.
    const content = copyContent();
    writeFileSync(join(content, "privacy/2027-01-01.md"), "---\ntitle: [\n---\nText\n");
    const cases: [string, RegExp][] = [
      ["", /^✗ --out is empty: name the folder to build into/],
      [".", /^✗ --out \. is the project \(/],
      ["..", /^✗ --out \.\. is a folder that contains the project/],
      ["src", /^✗ --out src .* is not empty and was not written by a Redline build/],
      [content, /is the content folder/],
      [dirname(content), /is a folder that contains the content folder/],
    ];
    for (const [out, message] of cases) {
      const result = await runScript("build", ["--out", out, "--content", content]);
      expect(result.status, `--out "${out}"`).toBe(1);
      expect(result.stderr.trim(), `--out "${out}"`).toMatch(message);
      expect(result.stdout, `--out "${out}"`).toBe("");
    }
    expect(existsSync("package.json") && existsSync("src") && existsSync(content)).toBe(true);
  });

  it("refuses an AS_OF that is not a date, and builds nothing", async () => {
    const outDir = join(dirname(copyContent()), "dist");
    const result = await runScript("build", ["--out", outDir, "--content", seedContent], {
      AS_OF: "2026-02-30",
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('AS_OF="2026-02-30" is not a calendar date');
    expect(existsSync(outDir)).toBe(false);
  });

  it("says what it is doing, how long each stage took, and when to rebuild", async () => {
    const result = await runScript("check", ["--content", seedContent], { AS_OF: IN_NOTICE });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Next rebuild needed on 2026-12-16");
    const outDir = join(dirname(copyContent()), "dist");
    const build = await runScript("build", ["--out", outDir, "--content", seedContent], {
      AS_OF: IN_NOTICE,
    });
    expect(build.stdout).toMatch(/✓ Validating content \(\d+ ms\)/);
    expect(build.stdout).toMatch(/✓ Building pages with Astro \([\d.]+ (ms|s)\)/);
    expect(build.stdout).toContain("Rebuild on 2026-12-16 (December 16, 2026) or earlier");
  });
});

describe("npm run check", () => {
  it("validates all content without building and exits 1 listing every problem", async () => {
    const content = copyContent();
    writeFileSync(
      join(content, "privacy/2026-02-30.md"),
      "---\ntitle: Privacy Policy\n---\nText\n",
    );
    writeFileSync(join(content, "privacy/2027-01-01.md"), "---js\n{ title: 'x' }\n---\nText\n");
    const result = await runScript("check", ["--content", content], { AS_OF: IN_NOTICE });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/✗ The content has 2 problems:/);
    expect(result.stderr).toMatch(
      /privacy\/2026-02-30\.md: the file name must be the effective date/,
    );
    expect(result.stderr).toMatch(/privacy\/2027-01-01\.md:1: front matter written in JavaScript/);
    expect(result.stdout).toBe("");
  });

  it("rejects unknown options with one clear message", async () => {
    const result = await runScript("check", ["--frobnicate"]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^✗ Unknown option '--frobnicate'/);
  });
});
