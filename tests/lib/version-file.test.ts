import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "../../src/content/content.ts";
import { readVersionBytes, sha256Hex } from "../../src/content/version-file.ts";
import { writeContent } from "../support/build.ts";

// A byte-order mark and Windows line endings: the served source must keep them.
const TEXT = "\uFEFF---\r\ntitle: Privacy Policy\r\n---\r\n\r\nWe keep logs.\r\n";

describe("a version's file as committed", () => {
  it("is served byte for byte, and its SHA-256 is the one validation recorded", () => {
    const dir = writeContent({ "privacy/2020-01-01.md": TEXT });
    const [version] = loadContent(dir, dir).versions;
    if (!version) throw new Error("the version was not loaded");
    const onDisk = readFileSync(join(dir, "privacy/2020-01-01.md"));

    expect(version.sha256).toBe(createHash("sha256").update(onDisk).digest("hex"));
    expect(sha256Hex(onDisk)).toBe(version.sha256);
    expect(Buffer.from(readVersionBytes(version, dir)).equals(onDisk)).toBe(true);
  });

  it("is refused when it changed after validation, naming the file", () => {
    const dir = writeContent({ "privacy/2020-01-01.md": TEXT });
    const [version] = loadContent(dir, dir).versions;
    if (!version) throw new Error("the version was not loaded");
    writeFileSync(join(dir, "privacy/2020-01-01.md"), TEXT.replace("logs", "fewer logs"));

    expect(() => readVersionBytes(version, dir)).toThrow(
      /privacy\/2020-01-01\.md changed during the build .*: build again/,
    );
  });
});
