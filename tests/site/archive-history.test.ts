/**
 * The archive over time: a published version corrected and a new version added. Feed
 * entries keep their ids, the correction shows on the version's page, and verify agrees.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { copyContent, runScript } from "../support/build.ts";
import { IN_NOTICE, builtSite } from "../support/sites.ts";

const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "entry" });
const entryIds = (dist: string, feed: string) =>
  (
    parser.parse(readFileSync(join(dist, feed), "utf8")) as { feed: { entry: { id: string }[] } }
  ).feed.entry.map((entry) => entry.id);

let content: string;
let seedSite: string;
let laterSite: string;

beforeAll(async () => {
  content = copyContent();
  const first = join(content, "privacy/2014-03-15.md");
  writeFileSync(
    first,
    readFileSync(first, "utf8")
      .replace(
        "---\n\n",
        "corrections:\n  - date: 2026-11-20\n    reason: Restored a word lost in conversion.\n---\n\n",
      )
      .replace("within a reasonable period", "within a reasonable time period"),
  );
  writeFileSync(
    join(content, "privacy/2026-11-25.md"),
    "---\ntitle: Privacy Policy\n---\n\nAn editorial version published on November 25.\n",
  );
  // The scenario's days are fixed in the past, so the lock records them as an import: by
  // the real clock it can only record what is announced or corrected today.
  const lock = await runScript("check", ["--content", content, "--lock", "--import"], {
    AS_OF: IN_NOTICE,
  });
  expect(lock.status).toBe(0);
  expect(lock.stdout).toContain("privacy/2014-03-15.md: correction of 2026-11-20 recorded");
  expect(lock.stdout).toContain(
    "privacy/2026-11-25.md: published on 2026-11-25, recorded as imported",
  );
  [seedSite, laterSite] = [await builtSite(IN_NOTICE), await builtSite(IN_NOTICE, content)];
});

describe("a corrected archive with a new version", () => {
  it("keeps every feed entry's id and adds one for the new version", () => {
    for (const feed of ["feed.xml", "privacy/feed.xml"]) {
      const before = entryIds(seedSite, feed);
      const after = entryIds(laterSite, feed);
      expect(after).toEqual(expect.arrayContaining(before));
      expect(after.filter((id) => !before.includes(id))).toEqual([
        "tag:policies.isocket.com,2026-11-25:privacy/2026-11-25",
      ]);
    }
  });

  it("shows the correction on the version's page, and dates the feed entry's update by it", () => {
    const page = readFileSync(join(laterSite, "privacy/2014-03-15/index.html"), "utf8");
    expect(page).toMatch(
      /data-correction="2026-11-20"[^>]*>\s*<time datetime="2026-11-20">November 20, 2026<\/time>: Restored a word lost in conversion\./,
    );
    const feed = readFileSync(join(laterSite, "privacy/feed.xml"), "utf8");
    expect(feed).toMatch(
      /privacy\/2014-03-15<\/id>[\s\S]*?<updated>2026-11-20T00:00:00-08:00<\/updated>/,
    );
    const api = JSON.parse(readFileSync(join(laterSite, "api/privacy.json"), "utf8")) as {
      versions: { effective: string; corrections: unknown[] }[];
    };
    expect(api.versions[0]?.corrections).toEqual([
      { date: "2026-11-20", reason: "Restored a word lost in conversion." },
    ]);
  });

  it("verifies against its own content and lock", async () => {
    const result = await runScript("verify", [laterSite, "--content", content]);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(/3 versions verified/);
  });
});
