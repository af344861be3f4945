import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { ContentError } from "../../src/content/content-error.ts";
import type { CalendarDate } from "../../src/dates/dates.ts";
import { recordLock } from "../../src/archive/record-lock.ts";
import { writeContent } from "../support/build.ts";

const FIRST = "---\ntitle: Privacy Policy\n---\n\nWe keep logs.\n";
const UPCOMING =
  "---\ntitle: Privacy Policy\nmaterial: true\nannounced: 2027-01-01\nsummary: Logs are kept 90 days.\n---\n\nWe keep logs for 90 days.\n";

function record(contentDir: string, today = "2026-11-28" as CalendarDate): string[] {
  const log: string[] = [];
  recordLock({
    contentDir,
    projectRoot: dirname(contentDir),
    today,
    log: (line) => log.push(line),
  });
  return log;
}

const lockLines = (contentDir: string) =>
  readFileSync(join(contentDir, "published.lock"), "utf8")
    .split("\n")
    .filter((line) => line && !line.startsWith("#"));

describe("npm run check -- --lock", () => {
  it("records the published versions, not one announced later, and says to commit the lock", () => {
    const dir = writeContent({
      "privacy/2020-01-01.md": FIRST,
      "privacy/2027-02-01.md": UPCOMING,
    });
    const log = record(dir);
    expect(lockLines(dir)).toEqual([
      expect.stringMatching(/^privacy\/2020-01-01\.md sha256:[0-9a-f]{64} corrections:0$/),
    ]);
    expect(log.at(-1)).toBe("✓ Updated content/published.lock: commit it with the content.");
  });

  it("leaves the lock untouched when it already records every published version", () => {
    const dir = writeContent({ "privacy/2020-01-01.md": FIRST });
    record(dir);
    const before = readFileSync(join(dir, "published.lock"), "utf8");
    expect(record(dir)).toEqual([
      "✓ content/published.lock already records every published version.",
    ]);
    expect(readFileSync(join(dir, "published.lock"), "utf8")).toBe(before);
  });

  it("refuses to rewrite a damaged lock, naming its line", () => {
    const dir = writeContent({ "privacy/2020-01-01.md": FIRST });
    writeFileSync(join(dir, "published.lock"), "# header\nprivacy/2020-01-01.md sha256:abc\n");
    let error: unknown;
    try {
      record(dir);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).problems).toEqual([
      expect.objectContaining({ file: "content/published.lock", line: 2 }),
    ]);
    expect(readFileSync(join(dir, "published.lock"), "utf8")).toContain("sha256:abc");
  });
});
