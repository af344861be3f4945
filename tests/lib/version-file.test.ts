import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "../../src/content/content.ts";
import { sha256Hex } from "../../src/content/version-file.ts";
import { writeContent } from "../support/build.ts";

// A byte-order mark and Windows line endings: the served source must keep them.
const TEXT = "\uFEFF---\r\ntitle: Privacy Policy\r\n---\r\n\r\nWe keep logs.\r\n";

describe("a version's file as committed", () => {
  it("hashes with SHA-256, as the published vectors say", () => {
    // FIPS 180-2 test vectors.
    expect(sha256Hex(new Uint8Array())).toBe(
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    );
    expect(sha256Hex(new TextEncoder().encode("abc"))).toBe(
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    );
  });

  it("is kept byte for byte, with the SHA-256 of those bytes", () => {
    const dir = writeContent({ "privacy/2020-01-01.md": TEXT });
    const [version] = loadContent(dir, dir).versions;
    if (!version) throw new Error("the version was not loaded");
    const onDisk = readFileSync(join(dir, "privacy/2020-01-01.md"));

    expect(Buffer.from(version.bytes).equals(onDisk)).toBe(true);
    expect(version.sha256).toBe(
      // sha256 of TEXT as UTF-8, computed once with `sha256sum`.
      "d0985430412a103e6f06e1a44ed7666c26040000e9918d3e2133f166100cfbf5",
    );
  });
});
