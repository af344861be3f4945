import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { rename } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { swapInto } from "../../src/build/build-site.ts";

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
    const staging = site(mkdtempSync(join(tmpdir(), "redline-staging-")), "build", "new");
    // The first two renames (staging → incoming, dist → previous) work; the one that moves
    // the new site into place fails, as it would on a full disk or a busy folder.
    let renames = 0;
    const failingThirdRename: typeof rename = async (from, to) => {
      renames += 1;
      if (renames === 3) throw Object.assign(new Error("EBUSY"), { code: "EBUSY" });
      await rename(from, to);
    };

    await expect(swapInto(staging, target, failingThirdRename)).rejects.toThrow("EBUSY");

    expect(renames).toBe(4); // the fourth puts the previous site back
    expect(readFileSync(join(target, "index.html"), "utf8")).toBe("old");
    expect(readdirSync(parent)).toEqual(["dist"]);
  });
});
