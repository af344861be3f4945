import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BUILD_MARKER, checkOutputFolder } from "../../src/build/output-folder.ts";

/** A project folder with content/ inside, as a checkout has. */
function project(): { root: string; content: string } {
  const root = mkdtempSync(join(tmpdir(), "redline-project-"));
  const content = join(root, "content");
  mkdirSync(join(content, "privacy"), { recursive: true });
  writeFileSync(join(root, "package.json"), "{}");
  return { root, content };
}

function check(out: string, places: { root: string; content: string }, workingDir = places.root) {
  return () =>
    checkOutputFolder(out, { workingDir, projectRoot: places.root, contentDir: places.content });
}

describe("checkOutputFolder (what --out a build may replace)", () => {
  it("accepts a folder that does not exist yet, and returns its absolute path", () => {
    const places = project();
    expect(check("dist", places)()).toBe(join(places.root, "dist"));
  });

  it("accepts an empty folder and one an earlier build wrote", () => {
    const places = project();
    mkdirSync(join(places.root, "empty"));
    const previous = join(places.root, "previous");
    mkdirSync(previous);
    writeFileSync(join(previous, "index.html"), "old site");
    writeFileSync(join(previous, BUILD_MARKER), "");
    expect(check("empty", places)()).toBe(join(places.root, "empty"));
    expect(check("previous", places)()).toBe(previous);
  });

  it("refuses an empty --out (an unset shell variable) instead of building over the working directory", () => {
    expect(check("", project())).toThrow("--out is empty");
    expect(check("  ", project())).toThrow("--out is empty");
  });

  it("refuses the project itself, written any way", () => {
    const places = project();
    expect(check(".", places)).toThrow(/--out \. is the project/);
    expect(check(places.root, places, "/")).toThrow(/is the project/);
    expect(check("content/..", places)).toThrow(/is the project/);
  });

  it("refuses a folder that contains the project", () => {
    const places = project();
    expect(check("..", places)).toThrow(/is a folder that contains the project/);
    expect(check("/", places)).toThrow(/contains the project/);
  });

  it("refuses the content folder and any folder inside it", () => {
    const places = project();
    expect(check("content", places)).toThrow(/is the content folder/);
    expect(check("content/privacy", places)).toThrow(/inside the content folder/);
  });

  it("refuses a content folder outside the project, and its parents", () => {
    const places = project();
    const elsewhere = mkdtempSync(join(tmpdir(), "redline-content-"));
    const content = join(elsewhere, "policies");
    mkdirSync(content);
    const guarded = { root: places.root, content };
    expect(check(content, guarded)).toThrow(/is the content folder/);
    expect(check(elsewhere, guarded)).toThrow(/contains the content folder/);
  });

  it("sees through a symbolic link to the project", () => {
    const places = project();
    const link = join(mkdtempSync(join(tmpdir(), "redline-link-")), "alias");
    symlinkSync(places.root, link);
    expect(check(link, places)).toThrow(/is the project/);
    expect(check(join(link, "content"), places)).toThrow(/is the content folder/);
  });

  it("refuses a folder with files that no build wrote", () => {
    const places = project();
    const docs = join(places.root, "docs");
    mkdirSync(docs);
    writeFileSync(join(docs, "notes.md"), "mine");
    expect(check("docs", places)).toThrow(/is not empty and was not written by a Redline build/);
  });

  it("refuses a file", () => {
    const places = project();
    expect(check("package.json", places)).toThrow(/is a file, not a folder/);
  });
});
