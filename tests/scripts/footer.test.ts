import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copyContent, runScript, seedContent } from "../support/build.ts";
import { AFTER_NOTICE, builtSite, IN_NOTICE } from "../support/sites.ts";

const outDir = () => mkdtempSync(join(tmpdir(), "redline-footer-"));

describe("npm run footer", () => {
  it("prints the HTML fragment by default, marked while the notice runs", async () => {
    const inNotice = await runScript("footer", ["--content", seedContent], { AS_OF: IN_NOTICE });
    expect(inNotice.stderr).toBe("");
    expect(inNotice.status).toBe(0);
    expect(inNotice.stdout).toContain(
      '<a class="redline-footer__link" href="https://policies.isocket.com/privacy/" rel="privacy-policy">Privacy Policy</a>',
    );
    expect(inNotice.stdout).toContain(
      'Updated, effective <time datetime="2026-12-16">December 16, 2026</time>',
    );

    const after = await runScript("footer", ["--content", seedContent, "--format", "html"], {
      AS_OF: AFTER_NOTICE,
    });
    expect(after.status).toBe(0);
    expect(after.stdout).toContain('rel="privacy-policy">Privacy Policy</a></li>');
    expect(after.stdout).not.toContain("Updated");
  });

  it("writes each format to --out for a known related site", async () => {
    const dir = outDir();
    for (const format of ["html", "js", "json"]) {
      const file = join(dir, "nested", `footer.${format}`);
      const result = await runScript(
        "footer",
        ["--format", format, "--out", file, "--site", "www.buyads.com"],
        {
          AS_OF: IN_NOTICE,
        },
      );
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toBe("");
      expect(readFileSync(file, "utf8")).toContain("https://policies.isocket.com/privacy/");
    }
    const data = JSON.parse(readFileSync(join(dir, "nested/footer.json"), "utf8")) as {
      asOf: string;
    };
    expect(data.asOf).toBe(IN_NOTICE);
    expect(readFileSync(join(dir, "nested/footer.js"), "utf8")).toMatch(
      /^\(\(\)=>\{.*\}\)\(\);\n$/s,
    );
  });

  it("gives the same files the build publishes under /embed/", async () => {
    const dist = await builtSite(IN_NOTICE);
    for (const format of ["html", "js", "json"]) {
      const result = await runScript("footer", ["--content", seedContent, "--format", format], {
        AS_OF: IN_NOTICE,
      });
      expect(result.status, result.stderr).toBe(0);
      expect(readFileSync(join(dist, `embed/footer.${format}`), "utf8"), format).toBe(
        result.stdout,
      );
    }
  });

  it("refuses an unknown host, naming the related sites", async () => {
    const file = join(outDir(), "footer.html");
    const result = await runScript(
      "footer",
      ["--content", seedContent, "--site", "evil.example", "--out", file],
      {
        AS_OF: IN_NOTICE,
      },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      "--site evil.example is not one of the related sites in tests/fixtures/seed/site.yml: www.isocket.com, www.buyads.com",
    );
    expect(existsSync(file)).toBe(false);
  });

  it("refuses an unknown format, an unknown option and a bad AS_OF with one message each", async () => {
    const format = await runScript("footer", ["--content", seedContent, "--format", "xml"], {
      AS_OF: IN_NOTICE,
    });
    expect(format.status).toBe(1);
    expect(format.stderr).toContain("--format xml is not a footer format: use html, js, json");

    const option = await runScript("footer", ["--content", seedContent, "--colour"], {
      AS_OF: IN_NOTICE,
    });
    expect(option.status).toBe(1);
    expect(option.stderr).toMatch(/--colour/);

    const asOf = await runScript("footer", ["--content", seedContent], { AS_OF: "2026-02-30" });
    expect(asOf.status).toBe(1);
    expect(asOf.stderr).toContain('AS_OF="2026-02-30" is not a calendar date');
  });

  it("names the file and line of a content mistake and leaves --out untouched", async () => {
    const content = copyContent();
    const site = join(content, "site.yml");
    writeFileSync(
      site,
      readFileSync(site, "utf8").replace(/^timezone: .*$/m, "timezone: Mars/Olympus"),
    );
    const file = join(outDir(), "footer.html");
    writeFileSync(file, "previous footer");
    const result = await runScript("footer", ["--content", content, "--out", file], {
      AS_OF: IN_NOTICE,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/site\.yml:9: .*timezone.*IANA time zone/);
    expect(readFileSync(file, "utf8")).toBe("previous footer");
  });
});
