/**
 * The command-line side of translations: `npm run new -- <policy> --translate <lang>` starts
 * one bound to its source's hash, and `npm run footer -- --lang <lang>` writes the footer in
 * a translation's language.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copyContent, fixturesDir, runScript } from "../support/build.ts";

const fixture = join(fixturesDir, "translations");
const AS_OF = "2027-01-10";

describe.concurrent("npm run new --translate", () => {
  it("starts a translation of the newest version, its translation_of the source's SHA-256, which check refuses until translated", async () => {
    const content = copyContent(fixture);
    const result = await runScript("new", ["privacy", "--translate", "ar", "--content", content], {
      AS_OF,
    });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /Created .*privacy\/2026-12-16\.ar\.md, a translation of the version of 2026-12-16/,
    );
    const source = readFileSync(join(content, "privacy/2026-12-16.md"));
    const text = readFileSync(join(content, "privacy/2026-12-16.ar.md"), "utf8");
    expect(text).toContain(
      `translation_of: ${createHash("sha256").update(source).digest("hex")}\n`,
    );
    expect(text).toContain("TODO: translate the text below into ar");
    const check = await runScript("check", ["--content", content], { AS_OF });
    expect(check.status).toBe(1);
    expect(check.stderr).toMatch(
      /privacy\/2026-12-16\.ar\.md:10: placeholder text is still in the policy/,
    );
  });

  it("refuses a language site.yml does not list, and a version that does not exist", async () => {
    const content = copyContent(fixture);
    const french = await runScript("new", ["privacy", "--translate", "fr", "--content", content], {
      AS_OF,
    });
    expect(french.status).toBe(1);
    expect(french.stderr).toContain(
      "fr is not one of the site's translations: add it to site.yml first (translations: [de, ar, fr])",
    );
    const missing = await runScript(
      "new",
      ["privacy", "--translate", "de", "--date", "2020-01-01", "--content", content],
      { AS_OF },
    );
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain(
      "privacy has no version of 2020-01-01: its versions take effect on 2014-03-15, 2026-12-16",
    );
  });
});

describe("npm run footer --lang", () => {
  it("writes the footer in a translation's language, and refuses a language the site does not have", async () => {
    const german = await runScript("footer", ["--lang", "de", "--content", fixture], { AS_OF });
    expect(german.status).toBe(0);
    expect(german.stdout).toContain('<ul class="redline-footer" lang="de">');
    expect(german.stdout).toContain(
      'href="https://policies.isocket.com/de/privacy/" rel="privacy-policy">Datenschutzerklärung</a>',
    );
    const unknown = await runScript("footer", ["--lang", "fr", "--content", fixture], { AS_OF });
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain(
      "--lang fr is not one of the site's languages in tests/fixtures/translations/site.yml: en, de, ar",
    );
  });
});
