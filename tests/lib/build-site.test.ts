import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { swapInto } from "../../src/lib/build-site.ts";

/** A folder holding one file `index.html` with `text`. */
function site(parent: string, name: string, text: string): string {
  const dir = join(parent, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "index.html"), text);
  return dir;
}

describe("swapInto (the build's last stage)", () => {
  it("replaces the previous site whole and leaves nothing beside it", async () => {
    const parent = mkdtempSync(join(tmpdir(), "redline-swap-"));
    const target = site(parent, "dist", "old");
    writeFileSync(join(target, "removed-page.html"), "gone in the new build");
    const staging = site(mkdtempSync(join(tmpdir(), "redline-staging-")), "build", "new");

    await swapInto(staging, target);

    expect(readdirSync(target)).toEqual(["index.html"]);
    expect(readFileSync(join(target, "index.html"), "utf8")).toBe("new");
    expect(readdirSync(parent)).toEqual(["dist"]);
  });

  it("publishes into a folder that does not exist yet", async () => {
    const target = join(mkdtempSync(join(tmpdir(), "redline-swap-")), "out", "dist");
    const staging = site(mkdtempSync(join(tmpdir(), "redline-staging-")), "build", "first");

    await swapInto(staging, target);

    expect(readFileSync(join(target, "index.html"), "utf8")).toBe("first");
  });

  it("keeps the previous site when the new one cannot be moved in", async () => {
    const parent = mkdtempSync(join(tmpdir(), "redline-swap-"));
    const target = site(parent, "dist", "old");
    const missing = join(parent, "no-such-staging-folder");

    await expect(swapInto(missing, target)).rejects.toThrow();

    expect(readFileSync(join(target, "index.html"), "utf8")).toBe("old");
    expect(readdirSync(parent)).toEqual(["dist"]);
  });
});
