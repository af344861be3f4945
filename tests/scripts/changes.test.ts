/**
 * `npm run changes -- --base <ref>` on a temporary Git repository: a main branch with a
 * published policy, and branches that add a material version, break the notice rule, and
 * edit a published version.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { SITE_YML, runScript } from "../support/build.ts";
import { commitAll } from "../support/git.ts";
import { sha256Hex } from "../../src/content/index.ts";

const FIRST = `---
title: Privacy Policy
---

# Example Co

## Information we collect

We keep your name and e-mail address when you write to us.

## Cookies

We use one cookie to remember that you are signed in.
`;

const MATERIAL = `---
title: Privacy Policy
material: true
announced: 2027-01-15
summary: We now keep server logs for 90 days.
---

# Example Co

## Information we collect

We keep your name, your e-mail address and your postal address when you write to us.

## Server logs

Our servers record the address of each request. We delete these logs after 90 days.

## Cookies

We use one cookie to remember that you are signed in.
`;

let repo: string;
const content = () => join(repo, "content");
const git = (...args: string[]) =>
  execFileSync("git", ["-C", repo, ...args], {
    stdio: "pipe",
    env: { ...process.env, GIT_CONFIG_GLOBAL: "/dev/null", GIT_CONFIG_NOSYSTEM: "1" },
  }).toString();
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(content(), path)), { recursive: true });
  writeFileSync(join(content(), path), text);
};
/** A branch from main with `files` written and committed (days well before the announcements). */
const branch = (name: string, files: Record<string, string>) => {
  git("checkout", "-q", "-b", name, "main");
  for (const [path, text] of Object.entries(files)) write(path, text);
  commitAll(repo, name, "2026-06-02T12:00:00Z");
};
const changes = (name: string) => {
  git("checkout", "-q", name);
  return runScript("changes", ["--base", "main", "--content", content()], {}, repo);
};

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), "redline-changes-"));
  writeFileSync(join(repo, "README.md"), "Policies, before they had a content folder.\n");
  commitAll(repo, "Before the policies", "2025-12-01T12:00:00Z");
  write("site.yml", SITE_YML);
  write("privacy/2026-01-01.md", FIRST);
  write(
    "published.lock",
    `privacy/2026-01-01.md sha256:${sha256Hex(new TextEncoder().encode(FIRST))} corrections:0 imported\n`,
  );
  commitAll(repo, "The first version", "2026-01-01T20:00:00Z");
  git("branch", "-M", "main");
  branch("material", { "privacy/2027-03-01.md": MATERIAL });
  branch("too-soon", {
    "privacy/2027-01-20.md": MATERIAL.replace("announced: 2027-01-15", "announced: 2027-01-10"),
  });
  branch("edit-published", { "privacy/2026-01-01.md": FIRST.replace("one cookie", "two cookies") });
  branch("settings", {
    // A comment and a default written out change nothing the site does: not listed.
    "site.yml": `# The site's settings.\n${SITE_YML.replace("notice_days: 30", "notice_days: 45")}notice_rule: from-change\nlanguage: en\nimage_hosts: [images.example.com]\nreadability:\n  min_reading_ease: 45\n`,
  });
});

describe("npm run changes -- --base main", () => {
  it("describes a branch that adds a material version: kind, words, sections, readability, notice", async () => {
    const result = await changes("material");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const lines = result.stdout.split("\n");
    expect(lines[0]).toMatch(/^## Policy changes against `main` \([0-9a-f]{12}\)$/);
    expect(lines).toContain(
      "| [privacy 2027-03-01](https://policies.example.com/privacy/2027-03-01/) | added | Material | Wording changed | +22 −1 | 81.3 → 79.8 (Flesch) |",
    );
    expect(lines).toContain("### content/privacy/2027-03-01.md: added");
    expect(lines).toContain(
      "- **Privacy Policy**, material change, effective March 1, 2027, announced January 15, 2027.",
    );
    expect(lines).toContain("- Summary: We now keep server logs for 90 days.");
    expect(lines).toContain(
      "- Notice: announced 45 days before it takes effect; site.yml asks 30 in advance (announce by 2027-01-30).",
    );
    expect(lines).toContain(
      "- Compared with the version of January 1, 2026: The wording differs. 22 words added, 1 word removed; punctuation: 3 added, 0 removed.",
    );
    expect(lines).toContain("- Sections added: Server logs");
    expect(lines).toContain("- Sections whose wording changed: Information we collect");
    expect(lines).toContain(
      "- Readability: 29 words → 49 words; reading ease 81.3 → 79.8 (Flesch).",
    );
    expect(lines).toContain(
      "**✅ The checks pass**: the notice rule, the archive lock and the site's other rules accept these changes.",
    );
    expect(result.stdout).not.toContain("Site settings changed");
  });

  it("lists the site.yml settings a branch changes, old → new", async () => {
    const result = await changes("settings");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("No version of any policy is added, edited or removed.");
    expect(result.stdout).toContain(
      [
        "### Site settings changed",
        "",
        '- `image_hosts`: `[]` → `["images.example.com"]`',
        "- `notice_days`: `30` → `45`",
        "- `notice_rule`: `advance` → `from-change`",
        "- `readability.min_reading_ease`: not set → `45`",
        "",
        "**✅ The checks pass**",
      ].join("\n"),
    );
  });

  it("fails, with the notice rule's words, for a material version announced too late", async () => {
    const result = await changes("too-soon");
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("| added | Material | Wording changed |");
    expect(result.stdout).toContain("**❌ The checks fail (1 problem)**");
    expect(result.stdout).toContain(
      '- content/privacy/2027-01-20.md:4: this material change is announced 10 day(s) before it takes effect, but site.yml requires 30 days\' notice in advance: announce it by 2026-12-21 or make it take effect on 2027-02-09 or later (rename the file), or, if it cannot wait, say why in its front matter: urgent: "…"',
    );
  });

  it("says what the lock requires of an edit to a published version, and fails", async () => {
    const result = await changes("edit-published");
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(
      "| [privacy 2026-01-01](https://policies.example.com/privacy/2026-01-01/) | edited | Editorial | Wording changed | +2 −2 | 81.3 → 81.3 (Flesch) |",
    );
    expect(result.stdout).toContain("### content/privacy/2026-01-01.md: edited");
    expect(result.stdout).toContain(
      "- Compared with its text on the base: The wording differs. 2 words added, 2 words removed.",
    );
    expect(result.stdout).toContain(
      "- **Edits a published version** (recorded in the lock) without a correction: the lock refuses it.",
    );
    expect(result.stdout).toMatch(
      /- content\/privacy\/2026-01-01\.md: this published version's text changed/,
    );
  });

  it("against a base with no content folder yet, every version is added", async () => {
    git("checkout", "-q", "main");
    const first = git("rev-list", "--max-parents=0", "HEAD").trim();
    const result = await runScript("changes", ["--base", first, "--content", content()], {}, repo);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      "| [privacy 2026-01-01](https://policies.example.com/privacy/2026-01-01/) | added | Editorial | First version | 29 | 81.3 (Flesch) |",
    );
    expect(result.stdout).toContain(
      "- The first version of this policy: nothing to compare it with.",
    );
  });

  it("refuses a base that is not a commit, naming it", async () => {
    git("checkout", "-q", "main");
    const result = await runScript(
      "changes",
      ["--base", "no-such-branch", "--content", content()],
      {},
      repo,
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("✗ --base no-such-branch is not a commit in this repository");
  });
});
