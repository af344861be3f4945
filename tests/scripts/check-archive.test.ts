/**
 * `npm run check` and `npm run build` refuse what would lose or silently change a
 * published version, and enforce the site's notice rule; `check --lock` records.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { tmpdir } from "node:os";
import { describe, expect, it } from "vitest";
import { dayInTimeZone } from "../../src/dates/dates.ts";
import { copyContent, runScript } from "../support/build.ts";
import { commitAll } from "../support/git.ts";

const TODAY = "2026-11-28";
const check = (content: string, ...args: string[]) =>
  runScript("check", ["--content", content, ...args], { AS_OF: TODAY });
/** Today by the real clock in the seed's time zone: the only day the lock records. */
const realToday = () => dayInTimeZone(new Date(), "America/Los_Angeles");
const checkByTheClock = (content: string, ...args: string[]) =>
  runScript("check", ["--content", content, ...args], { AS_OF: undefined });
const lockOf = (content: string) => readFileSync(join(content, "published.lock"), "utf8");

function edit(path: string, change: (text: string) => string) {
  writeFileSync(path, change(readFileSync(path, "utf8")));
}

const CORRECTION = (date: string) =>
  `corrections:\n  - date: ${date}\n    reason: Fixed a typo in the cookies section.\n---`;

describe.concurrent("the archive lock", () => {
  it("the committed lock records the seed's published versions, so check passes without warnings", async () => {
    const content = copyContent();
    commitAll(dirname(content), "The seed", new Date().toISOString());
    const result = await check(content);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe("");
  });

  it("refuses a deleted published version, naming it and the lock line; the build too, leaving no output", async () => {
    const content = copyContent();
    rmSync(join(content, "privacy/2014-03-15.md"));
    const result = await check(content);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /published\.lock:3: privacy\/2014-03-15\.md was published .* file is gone/,
    );

    const out = join(tmpdir(), `redline-archive-${process.pid}-deleted`, "dist");
    const build = await runScript("build", ["--content", content, "--out", out], {
      AS_OF: TODAY,
    });
    expect(build.status).toBe(1);
    expect(build.stderr).toMatch(/privacy\/2014-03-15\.md was published/);
    expect(existsSync(out)).toBe(false);
  });

  it("refuses a published text changed without a correction", async () => {
    const content = copyContent();
    edit(join(content, "privacy/2014-03-15.md"), (text) =>
      text.replace("reasonable period", "short period"),
    );
    const result = await check(content);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/privacy\/2014-03-15\.md: this published version's text changed/);
    // --lock never records a change no correction explains.
    const before = lockOf(content);
    expect((await check(content, "--lock")).status).toBe(1);
    expect(lockOf(content)).toBe(before);
  });

  it("accepts a correction, warns until --lock records it, then freezes the corrected text", async () => {
    const content = copyContent();
    commitAll(dirname(content), "The seed", new Date().toISOString());
    const today = realToday();
    const file = join(content, "privacy/2014-03-15.md");
    edit(file, (text) =>
      text
        .replace("---\n\n", `${CORRECTION(today)}\n\n`)
        .replace("reasonable period", "short period"),
    );

    const pending = await checkByTheClock(content);
    expect(pending.status).toBe(0);
    expect(pending.stderr).toContain(
      `2014-03-15.md: correction of ${today} not recorded yet: run npm run check -- --lock`,
    );

    const locked = await checkByTheClock(content, "--lock");
    expect(locked.status).toBe(0);
    expect(locked.stdout).toContain(`privacy/2014-03-15.md: correction of ${today} recorded`);
    expect(lockOf(content)).toMatch(/^privacy\/2014-03-15\.md sha256:[0-9a-f]{64} corrections:1$/m);
    expect((await checkByTheClock(content)).stderr).toBe("");

    edit(file, (text) => text.replace("short period", "brief period"));
    const again = await checkByTheClock(content);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/2014-03-15\.md: this published version's text changed/);
  });

  it("refuses a correction dated in the future", async () => {
    const content = copyContent();
    edit(join(content, "privacy/2014-03-15.md"), (text) =>
      text.replace("---\n\n", `${CORRECTION("2026-12-01")}\n\n`),
    );
    const result = await check(content);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /correction dated 2026-12-01 must be dated between .* and today \(2026-11-28\)/,
    );
  });

  it("refuses a correction dated before the day --lock records it", async () => {
    const content = copyContent();
    const file = join(content, "privacy/2014-03-15.md");
    edit(file, (text) =>
      text
        .replace("---\n\n", `${CORRECTION("2026-11-27")}\n\n`)
        .replace("reasonable period", "short period"),
    );
    const before = lockOf(content);
    const locked = await check(content, "--lock");
    expect(locked.status).toBe(1);
    expect(locked.stderr).toContain(
      `privacy/2014-03-15.md: the new correction is dated 2026-11-27, but it is recorded today, ${realToday()}: date it ${realToday()}, so the feeds and the version's page show it as the newest change`,
    );
    expect(lockOf(content)).toBe(before);
  });

  it("warns about a back-dated version missing from the lock; --lock refuses it, --lock --import records it as imported", async () => {
    const content = copyContent();
    writeFileSync(
      join(content, "published.lock"),
      lockOf(content).replace(/^privacy\/2026-12-16.*\n/m, ""),
    );
    const warned = await check(content);
    expect(warned.status).toBe(0);
    expect(warned.stderr).toMatch(
      /2026-12-16\.md: announced on 2026-11-16 but not recorded in \S*content\/published\.lock that day, so its announcement date is unproved and --lock will not record it: if it is the existing history of a new site, run npm run check -- --lock --import and commit the lock/,
    );
    const refused = await check(content, "--lock");
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(
      "privacy/2026-12-16.md: announced on 2026-11-16, but the lock records a version only on the day it is announced",
    );
    const imported = await check(content, "--lock", "--import");
    expect(imported.stdout).toContain(
      `The lock records by the real clock: today is ${realToday()}, not AS_OF.`,
    );
    expect(imported.stdout).toContain(
      "privacy/2026-12-16.md: published on 2026-11-16, recorded as imported",
    );
    expect(lockOf(content)).toMatch(
      /^privacy\/2026-12-16\.md sha256:[0-9a-f]{64} corrections:0 imported$/m,
    );
  });

  it("--import only goes with --lock", async () => {
    const result = await check(copyContent(), "--import");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      "✗ --import records into the lock: use it with --lock (npm run check -- --lock --import)",
    );
  });

  it("names the line of a damaged lock", async () => {
    const content = copyContent();
    writeFileSync(join(content, "published.lock"), lockOf(content).replace("sha256:", "sha1:"));
    const result = await check(content);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/published\.lock:3: not a lock entry/);
  });
});

describe.concurrent("the notice rule", () => {
  const shortNotice = (content: string) =>
    edit(join(content, "privacy/2026-12-16.md"), (text) =>
      text.replace("announced: 2026-11-16", "announced: 2026-11-20"),
    );

  it("notice in advance: refuses a material version announced too late, naming its announced line", async () => {
    const content = copyContent();
    shortNotice(content);
    writeFileSync(
      join(content, "published.lock"),
      lockOf(content).replace(/^privacy\/2026-12-16.*\n/m, ""),
    );
    const result = await check(content);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /privacy\/2026-12-16\.md:4: this material change is announced 26 day\(s\) before it takes effect/,
    );
  });

  it("accepts it when the front matter says why it is urgent", async () => {
    const content = copyContent();
    shortNotice(content);
    edit(join(content, "privacy/2026-12-16.md"), (text) =>
      text.replace("material: true", 'material: true\nurgent: "Required by a new state law."'),
    );
    writeFileSync(
      join(content, "published.lock"),
      lockOf(content).replace(/^privacy\/2026-12-16.*\n/m, ""),
    );
    expect((await check(content)).status).toBe(0);
  });

  it("notice from the change: accepts the short notice, refuses a next version inside the notice period", async () => {
    const content = copyContent();
    shortNotice(content);
    writeFileSync(
      join(content, "published.lock"),
      lockOf(content).replace(/^privacy\/2026-12-16.*\n/m, ""),
    );
    edit(join(content, "site.yml"), (text) =>
      text.replace(/^notice_rule: advance$/m, "notice_rule: from-change"),
    );
    expect((await check(content)).status).toBe(0);

    writeFileSync(
      join(content, "privacy/2027-01-05.md"),
      "---\ntitle: Privacy Policy\n---\n\nEditorial text.\n",
    );
    const result = await check(content);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /privacy\/2027-01-05\.md:2: this version takes effect before the notice of the material change of December 16, 2026 has run its 30 days \(until 2027-01-15\)/,
    );
  });
});
