import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeFileAtomically } from "../../src/archive/atomic-write.ts";

describe("writing a file whole", () => {
  it("replaces the file and leaves no temporary file beside it", () => {
    const dir = mkdtempSync(join(tmpdir(), "redline-atomic-"));
    const path = join(dir, "footer.html");
    writeFileSync(path, "old");
    writeFileAtomically(path, "new");
    expect(readFileSync(path, "utf8")).toBe("new");
    expect(readdirSync(dir)).toEqual(["footer.html"]);
  });

  it("leaves the old file as it was when the folder cannot take the new one", () => {
    const dir = mkdtempSync(join(tmpdir(), "redline-atomic-"));
    expect(() => writeFileAtomically(join(dir, "missing", "f.txt"), "x")).toThrow(/ENOENT/);
    expect(readdirSync(dir)).toEqual([]);
  });
});
