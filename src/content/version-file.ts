/**
 * The SHA-256 of a version's file as committed: the lock, the version page and
 * `npm run verify` all write it this way.
 */
import { createHash } from "node:crypto";

export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}
