/**
 * A version's file as committed, for `/<policy>/<YYYY-MM-DD>.md`. The bytes are checked
 * against the SHA-256 validated at the start of the build, so a file changed during the
 * build can never be published under the old hash.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { contentDirectory } from "./content-dir.ts";
import type { CalendarDate } from "../dates/index.ts";

/** The SHA-256 of a version's bytes, as the lock, the version page and `npm run verify` write it. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

export function readVersionBytes(
  version: { policy: string; effective: CalendarDate; sha256: string },
  contentDir = contentDirectory(process.cwd()),
): Uint8Array<ArrayBuffer> {
  const file = join(contentDir, version.policy, `${version.effective}.md`);
  const bytes = new Uint8Array(readFileSync(file));
  const sha256 = sha256Hex(bytes);
  if (sha256 !== version.sha256) {
    throw new Error(
      `${file} changed during the build (SHA-256 ${sha256}, validated ${version.sha256}): build again`,
    );
  }
  return bytes;
}
