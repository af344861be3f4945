import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  STAGING_FOLDER,
  isProcessAlive,
  removeStaleFolders,
  swapFolders,
} from "../../src/build/stale-folders.ts";

/** The pid of a process that has ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", ""]);
  if (!child.pid) throw new Error("could not start a process");
  return child.pid;
}

describe("folders left by killed builds", () => {
  it("are removed when their build's process is gone, and kept while it runs", async () => {
    const project = mkdtempSync(join(tmpdir(), "redline-stale-"));
    const dead = deadPid();
    expect(isProcessAlive(dead)).toBe(false);
    for (const name of [
      `.dist-building-${dead}`,
      `.dist-building-${dead}-cache`,
      `.dist-building-${process.pid}`,
      ".dist-building-notapid",
      "dist",
      "src",
    ]) {
      mkdirSync(join(project, name));
    }
    expect(await removeStaleFolders(project, STAGING_FOLDER)).toEqual([
      `.dist-building-${dead}`,
      `.dist-building-${dead}-cache`,
    ]);
    expect(readdirSync(project).sort()).toEqual([
      `.dist-building-${process.pid}`,
      ".dist-building-notapid",
      "dist",
      "src",
    ]);
  });

  it("beside the output folder: only that folder's swap folders", async () => {
    const parent = mkdtempSync(join(tmpdir(), "redline-stale-"));
    const dead = deadPid();
    for (const name of [
      `.dist-incoming-${dead}`,
      `.dist-previous-${dead}`,
      `.site-previous-${dead}`,
    ]) {
      mkdirSync(join(parent, name));
    }
    expect(await removeStaleFolders(parent, swapFolders("dist"))).toEqual([
      `.dist-incoming-${dead}`,
      `.dist-previous-${dead}`,
    ]);
    expect(readdirSync(parent)).toEqual([`.site-previous-${dead}`]);
  });
});
