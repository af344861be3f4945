import { utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadContentOnce } from "../../src/content/content-memo.ts";
import { writeContent } from "../support/build.ts";

const version = (text: string) => `---\ntitle: Privacy Policy\n---\n\n${text}\n`;

describe("content loaded once per process", () => {
  it("is reused while no file changes", () => {
    const dir = writeContent({ "privacy/2020-01-01.md": version("First.") });
    expect(loadContentOnce(dir, dir)).toBe(loadContentOnce(dir, dir));
  });

  it("is read again when a file is edited or added", () => {
    const dir = writeContent({ "privacy/2020-01-01.md": version("First.") });
    const before = loadContentOnce(dir, dir);
    const file = join(dir, "privacy/2020-01-01.md");
    writeFileSync(file, version("Edited."));
    utimesSync(file, new Date(), new Date(Date.now() + 5_000));
    const edited = loadContentOnce(dir, dir);
    expect(edited).not.toBe(before);
    expect(edited.versions[0]?.body).toContain("Edited.");

    writeFileSync(join(dir, "privacy/2021-01-01.md"), version("Second."));
    expect(loadContentOnce(dir, dir).versions).toHaveLength(2);
  });
});
