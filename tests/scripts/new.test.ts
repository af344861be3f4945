import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copyContent, runScript, seedContent } from "../support/build.ts";

const TODAY = "2026-11-28";
const newVersion = (contentDir: string, ...args: string[]) =>
  runScript("new", [...args, "--content", contentDir], { AS_OF: TODAY });
const check = (contentDir: string) =>
  runScript("check", ["--content", contentDir], { AS_OF: TODAY });
const seedBody = (file: string) =>
  readFileSync(join(seedContent, "privacy", file), "utf8").split(/^---$/m)[2];

describe.concurrent("npm run new", () => {
  it("starts an editorial version today from the newest text, and check accepts it", async () => {
    const content = copyContent();
    const result = await newVersion(content, "privacy", "--date", "2026-12-20");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /Created .*privacy\/2026-12-20\.md from the version of 2026-12-16/,
    );
    const text = readFileSync(join(content, "privacy/2026-12-20.md"), "utf8");
    expect(text.startsWith("---\ntitle: Privacy Policy\n---\n")).toBe(true);
    expect(text.split(/^---$/m)[2]).toBe(seedBody("2026-12-16.md"));
    expect((await check(content)).status).toBe(0);
  });

  it("dates a material version the notice period ahead, announced today, with a summary check refuses until written", async () => {
    const content = copyContent();
    const result = await newVersion(content, "privacy", "--material");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/privacy\/2026-12-28\.md/);
    expect(result.stdout).toMatch(/replace the summary/);
    const path = join(content, "privacy/2026-12-28.md");
    const text = readFileSync(path, "utf8");
    expect(text).toMatch(/^material: true$/m);
    expect(text).toMatch(/^announced: 2026-11-28$/m);

    const refused = await check(content);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(
      /privacy\/2026-12-28\.md:5: field "summary" is still the placeholder/,
    );

    writeSummary(path, "Explains how long we keep logs.");
    expect((await check(content)).status).toBe(0);
  });

  it("warns when the chosen date gives too little notice, and check then refuses it", async () => {
    const content = copyContent();
    const result = await newVersion(content, "privacy", "--material", "--date", "2026-12-20");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/gives 22 days' notice where site\.yml asks for 30/);
    writeSummary(join(content, "privacy/2026-12-20.md"), "Shorter retention.");
    const refused = await check(content);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(
      /2026-12-20\.md:4: this material change is announced 22 day\(s\) before/,
    );
  });

  it("creates the first version of a new policy", async () => {
    const content = copyContent();
    const result = await newVersion(content, "terms-of-service");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /terms-of-service\/2026-11-28\.md, the first version of a new policy/,
    );
    expect(readFileSync(join(content, "terms-of-service/2026-11-28.md"), "utf8")).toMatch(
      /^---\ntitle: Terms of Service\n---\n/,
    );
    // Its text is a placeholder that check refuses until the editor writes the policy.
    const refused = await check(content);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(
      /terms-of-service\/2026-11-28\.md:\d+: placeholder text is still in the policy/,
    );
  });

  it.each([
    [
      ["privacy", "--date", "2026-12-16"],
      /already has a version taking effect on 2026-12-16.*--date 2026-12-17/,
    ],
    [["privacy", "--date", "2026-11-01"], /cannot take effect in the past/],
    [["privacy", "--date", "2026-02-30"], /--date 2026-02-30 is not a calendar date/],
    [["Privacy"], /cannot be a policy name/],
    [["api"], /used by the site itself/],
    [["new-policy", "--material"], /leave out --material/],
    [
      ["privacy", "--date", "2026-12-20", "--title", "Privacy\n---\n# Injected heading"],
      /--title must be one line: a line break would put the rest of it into the policy's text/,
    ],
    [
      ["privacy", "--date", "2026-12-20", "--title", "Privacy \u202EPolicy"],
      /--title has an invisible character, U\+202E \(right-to-left override\)/,
    ],
    [[], /usage: npm run new/],
  ])("refuses %j with one clear message and writes nothing", async (args, message) => {
    const content = copyContent();
    const before = readdirSync(content, { recursive: true }).sort();
    const result = await newVersion(content, ...args);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(readdirSync(content, { recursive: true }).sort()).toEqual(before);
  });
});

function writeSummary(path: string, summary: string) {
  const text = readFileSync(path, "utf8").replace(/^summary: .*$/m, `summary: ${summary}`);
  writeFileSync(path, text);
}
