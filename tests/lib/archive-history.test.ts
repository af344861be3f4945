import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkPublishing } from "../../src/archive/publishing-checks.ts";
import { readArchiveHistory } from "../../src/archive/archive-history.ts";
import { recordLock } from "../../src/archive/record-lock.ts";
import { loadContent } from "../../src/content/content.ts";
import { buildSiteModel } from "../../src/site/site-model.ts";
import { formatProblem } from "../../src/content/content-error.ts";
import type { CalendarDate } from "../../src/dates/dates.ts";
import { writeContent } from "../support/build.ts";
import { commitAll } from "../support/git.ts";

const IMPORTED_ON = "2026-09-01" as CalendarDate;
const TODAY = "2026-11-28" as CalendarDate;
/** Noon in Los Angeles (the site's time zone) on `day`. */
const noon = (day: string) => `${day}T20:00:00Z`;

const FIRST = "---\ntitle: Privacy Policy\n---\n\nWe keep logs.\n";
const SECOND = "---\ntitle: Privacy Policy\n---\n\nWe keep logs for a year.\n";

/** A site whose two versions were imported with --import and committed on IMPORTED_ON. */
function importedSite(): { contentDir: string; projectRoot: string } {
  const contentDir = writeContent({
    "privacy/2020-01-01.md": FIRST,
    "privacy/2021-01-01.md": SECOND,
  });
  const projectRoot = dirname(contentDir);
  recordLock({ contentDir, projectRoot, today: IMPORTED_ON, importing: true, log: () => {} });
  commitAll(projectRoot, "Import the policy's history", noon(IMPORTED_ON));
  return { contentDir, projectRoot };
}

/** Writes a version of the site's privacy policy and commits it on `day`; returns its path. */
function commitVersion(
  site: { contentDir: string; projectRoot: string },
  date: string,
  text: string,
  day: string,
): string {
  const path = join(site.contentDir, `privacy/${date}.md`);
  writeFileSync(path, `---\ntitle: Privacy Policy\n---\n\n${text}\n`);
  commitAll(site.projectRoot, `Version of ${date}`, noon(day));
  return path;
}

function problems(site: { contentDir: string; projectRoot: string }, importing = false): string[] {
  const content = loadContent(site.contentDir, site.projectRoot);
  const result = checkPublishing({
    model: buildSiteModel({ ...content, today: TODAY }),
    recordingDay: TODAY,
    importing,
    ...site,
  });
  return result.problems.map(formatProblem);
}

describe("the archive's Git history", () => {
  it("reads every version the lock ever recorded and when each file was first committed", () => {
    const site = importedSite();
    const history = readArchiveHistory(site.contentDir, "America/Los_Angeles");
    expect(history.available).toBe(true);
    if (!history.available) return;
    expect([...history.everRecorded.keys()]).toEqual([
      "privacy/2020-01-01.md",
      "privacy/2021-01-01.md",
    ]);
    expect(history.firstCommitted.get("privacy/2021-01-01.md")).toBe(IMPORTED_ON);
    expect(problems(site)).toEqual([]);
  });

  it("says why there is no history outside a Git repository", () => {
    expect(readArchiveHistory(writeContent({}), "UTC")).toEqual({
      available: false,
      reason: "the content folder is not in a Git repository",
    });
  });

  it("refuses a deleted lock that history shows was committed", () => {
    const site = importedSite();
    rmSync(join(site.contentDir, "published.lock"));
    expect(problems(site)).toEqual([
      expect.stringMatching(
        /^content\/published\.lock: the lock is gone, but Git history shows it recorded 2 published version\(s\) \(last in commit [0-9a-f]{12} on 2026-09-01\): published versions stay published; restore it \(git checkout [0-9a-f]{12} -- \.\/content\/published\.lock\), then record what changed since with npm run check -- --lock$/,
      ),
    ]);
  });

  it("refuses a lock deleted in a commit, naming the commit it can be restored from", () => {
    const site = importedSite();
    rmSync(join(site.contentDir, "published.lock"));
    commitAll(site.projectRoot, "Start over", noon(TODAY));
    const history = readArchiveHistory(site.contentDir, "America/Los_Angeles");
    const imported = history.available ? history.lastRecorded?.commit : undefined;
    expect(problems(site)).toEqual([expect.stringContaining(`git checkout ${imported} -- `)]);
  });

  it("refuses a lock line removed, even when the removal was committed, and a version deleted with it", () => {
    const site = importedSite();
    const lock = join(site.contentDir, "published.lock");
    writeFileSync(
      lock,
      readFileSync(lock, "utf8")
        .split("\n")
        .filter((line) => !line.startsWith("privacy/2021-01-01.md"))
        .join("\n"),
    );
    writeFileSync(
      join(site.contentDir, "privacy/2021-01-01.md"),
      SECOND.replace("a year", "a day"),
    );
    commitAll(site.projectRoot, "Quietly rewrite", noon(TODAY));
    expect(problems(site)).toEqual([
      expect.stringMatching(
        /^content\/published\.lock: privacy\/2021-01-01\.md was recorded as published in commit [0-9a-f]{12} \(2026-09-01\) and its line is gone: a published version is never removed from the lock; restore the line \(git show [0-9a-f]{12}:\.\/content\/published\.lock\), and its file if it was deleted$/,
      ),
    ]);
    rmSync(join(site.contentDir, "privacy/2021-01-01.md"));
    expect(problems(site)).toHaveLength(1);
  });

  it("refuses a version deleted after it took effect, though the lock never recorded it", () => {
    const site = importedSite();
    rmSync(commitVersion(site, "2026-10-01", "We keep logs for a month.", "2026-09-20"));
    expect(problems(site)).toEqual([
      "content/privacy/2026-10-01.md: this version took effect on 2026-10-01 and is gone: a published version may never be deleted; restore it (git checkout HEAD -- ./content/privacy/2026-10-01.md) and record it with npm run check -- --lock --import",
    ]);
    commitAll(site.projectRoot, "Remove it", noon("2026-11-01"));
    expect(problems(site)).toEqual([
      expect.stringMatching(
        /^content\/privacy\/2026-10-01\.md: this version took effect on 2026-10-01 and is gone \(deleted in commit [0-9a-f]{12} on 2026-11-01\): a published version may never be deleted; restore it \(git checkout [0-9a-f]{12}~1 -- \.\/content\/privacy\/2026-10-01\.md\)/,
      ),
    ]);
  });

  it("lets an upcoming version be withdrawn before it takes effect", () => {
    const site = importedSite();
    rmSync(commitVersion(site, "2027-03-01", "We keep logs for a week.", "2026-11-01"));
    commitAll(site.projectRoot, "Withdraw it", noon("2026-11-02"));
    expect(problems(site)).toEqual([]);
  });

  it("refuses a new correction dated before the lock last recorded a change", () => {
    const site = importedSite();
    const file = join(site.contentDir, "privacy/2021-01-01.md");
    writeFileSync(
      file,
      SECOND.replace("a year", "one year").replace(
        "---\n\n",
        "corrections:\n  - date: 2026-08-15\n    reason: Typo.\n---\n\n",
      ),
    );
    expect(problems(site)).toEqual([
      "content/privacy/2021-01-01.md: the new correction is dated 2026-08-15, before the lock last recorded a change (2026-09-01): date it the day you record it, 2026-11-28, so the feeds show it as the newest change",
    ]);
  });

  it("counts a back-dated announcement from the day the file was first committed", () => {
    const site = importedSite();
    const backDated =
      "---\ntitle: Privacy Policy\nmaterial: true\nannounced: 2026-09-28\nsummary: Logs are kept forever.\n---\n\nWe keep logs forever.\n";
    writeFileSync(join(site.contentDir, "privacy/2026-11-30.md"), backDated);
    // Not committed yet: it counts from today.
    expect(problems(site)).toEqual([
      'content/privacy/2026-11-30.md:4: this material change is announced 2 day(s) before it takes effect (counted from today, 2026-11-28: its front matter says announced: 2026-09-28, but it is neither committed nor in the lock), but site.yml requires 30 days\' notice in advance: announce it by 2026-10-31 or make it take effect on 2026-12-28 or later (rename the file), or, if it cannot wait, say why in its front matter: urgent: "…"',
    ]);
    commitAll(site.projectRoot, "Back-dated version", noon("2026-11-27"));
    expect(problems(site)).toEqual([
      expect.stringContaining(
        "announced 3 day(s) before it takes effect (counted from 2026-11-27, the day it was first committed: its front matter says announced: 2026-09-28, but it is not in the lock and Git has no earlier trace of it)",
      ),
    ]);
  });

  it("takes announcements as written for a new site, whose archive has not begun, and with --import", () => {
    const material =
      "---\ntitle: Privacy Policy\nmaterial: true\nannounced: 2026-11-16\nsummary: Logs are kept forever.\n---\n\nWe keep logs forever.\n";
    const contentDir = writeContent({
      "privacy/2020-01-01.md": FIRST,
      "privacy/2026-12-16.md": material,
    });
    const newSite = { contentDir, projectRoot: dirname(contentDir) };
    commitAll(newSite.projectRoot, "The site's history, first commit", noon(TODAY));
    expect(problems(newSite)).toEqual([]);

    const site = importedSite();
    writeFileSync(join(site.contentDir, "privacy/2026-12-16.md"), material);
    commitAll(site.projectRoot, "Back-dated", noon(TODAY));
    expect(problems(site)).toEqual([expect.stringContaining("counted from 2026-11-28")]);
    expect(problems(site, true)).toEqual([]);
  });

  it("accepts an announcement that history proves: committed on its day, recorded later", () => {
    const site = importedSite();
    writeFileSync(
      join(site.contentDir, "privacy/2026-12-28.md"),
      "---\ntitle: Privacy Policy\nmaterial: true\nannounced: 2026-11-20\nsummary: Logs are kept two years.\n---\n\nWe keep logs two years.\n",
    );
    commitAll(site.projectRoot, "Announce", noon("2026-11-20"));
    expect(problems(site)).toEqual([]);
  });
});
