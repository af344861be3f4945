import { renameSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/**
 * Writes `path` whole or not at all: the data goes to a dot file beside it (which the
 * content loader and most globs skip), then one rename replaces the file, so a reader
 * never sees half of it.
 */
export function writeFileAtomically(path: string, data: string | Uint8Array): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  writeFileSync(temporary, data);
  renameSync(temporary, path);
}
