import { rmSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ContentError, formatProblem } from "../../src/content/content-error.ts";
import { loadContent, loadSiteConfig } from "../../src/content/content.ts";
import { SITE_YML, writeContent } from "../support/build.ts";

const version = (title = "Privacy Policy", extra = "") =>
  `---\ntitle: ${title}\n${extra}---\n\nText of the policy.\n`;

function problemsOf(contentDir: string): string[] {
  try {
    loadContent(contentDir, contentDir);
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map(formatProblem);
    throw error;
  }
  return [];
}

describe("the content folder", () => {
  it("holds one folder per policy and one dated file per version; a new folder is a new policy", () => {
    const dir = writeContent({
      "privacy/2014-03-15.md": version(),
      "privacy/2026-12-16.md": version(
        "Privacy Policy",
        "material: true\nsummary: New section.\nannounced: 2026-11-16\n",
      ),
      "terms/2020-01-01.md": version("Terms of Service"),
    });
    const content = loadContent(dir, dir);
    expect(content.site.organization).toBe("Example Co");
    expect(content.site.notice_rule).toBe("advance");
    expect(content.versions.map((v) => `${v.policy}/${v.effective}`)).toEqual([
      "privacy/2014-03-15",
      "privacy/2026-12-16",
      "terms/2020-01-01",
    ]);
    expect(content.versions[0]?.file).toBe("privacy/2014-03-15.md");
  });

  it("ignores hidden files such as .gitkeep and .DS_Store", () => {
    const dir = writeContent({
      "privacy/2014-03-15.md": version(),
      "privacy/.DS_Store": "x",
      ".gitkeep": "",
    });
    expect(problemsOf(dir)).toEqual([]);
  });

  it("collects the problems of every file before failing", () => {
    const dir = writeContent({
      "privacy/2014-03-15.md": version("Privacy", "materal: true\n"),
      "privacy/2014-02-30.md": version(),
      "privacy/notes.txt": "draft",
      "Privacy Policy/2014-03-15.md": version(),
      "search/2014-03-15.md": version(),
      "stray.md": version(),
      "empty/.gitkeep": "",
    });
    expect(problemsOf(dir)).toEqual([
      expect.stringMatching(/^Privacy Policy: the policy folder name is its URL/),
      "empty: the policy folder has no versions: add a YYYY-MM-DD.md file",
      expect.stringMatching(/^privacy\/2014-02-30\.md: the file name must be the effective date/),
      'privacy/2014-03-15.md:3: unknown field "materal" in the front matter: did you mean "material"?',
      "privacy/notes.txt: unexpected file: each version is a Markdown file named by its effective date, YYYY-MM-DD.md (a translation, YYYY-MM-DD.<lang>.md)",
      'search: "search" is used by the site itself: choose another folder name for this policy',
      expect.stringMatching(/^stray\.md: unexpected file/),
    ]);
  });
});

describe("site.yml", () => {
  it("is required", () => {
    const dir = writeContent({ "privacy/2014-03-15.md": version() });
    rmSync(`${dir}/site.yml`);
    expect(problemsOf(dir)).toEqual([expect.stringMatching(/^site\.yml: site\.yml is missing/)]);
  });

  it("names the line of each mistake", () => {
    const broken = SITE_YML.replace("timezone: America/Los_Angeles", "timezone: Pacific/Atlantis")
      .replace("notice_days: 30", "notice_days: thirty")
      .concat("colour: red\n");
    const dir = writeContent({ "site.yml": broken, "privacy/2014-03-15.md": version() });
    expect(problemsOf(dir)).toEqual([
      'site.yml:5: field "timezone" must be an IANA time zone name such as America/Los_Angeles',
      'site.yml:6: field "notice_days" Expected number, received string',
      'site.yml:10: unknown field "colour" in site.yml: the known fields are organization, email, address, url, timezone, notice_days, notice_rule, related_sites, image_hosts, subscribe_url, readability, pdf, language, translations, interface',
    ]);
  });

  it("accepts a web address to subscribe at, and refuses one that would run script, naming its line", () => {
    const subscribe = (url: string) =>
      problemsOf(
        writeContent({
          "site.yml": `subscribe_url: "${url}"\n${SITE_YML}`,
          "privacy/2014-03-15.md": version(),
        }),
      );
    expect(subscribe("https://lists.example.com/policy-updates")).toEqual([]);
    expect(subscribe("javascript:alert(1)")).toEqual([
      'site.yml:1: field "subscribe_url" must start with https:// or http:// (such as https://lists.example.com/policy-updates), not javascript:',
    ]);
    expect(subscribe("lists.example.com")).toEqual([
      'site.yml:1: field "subscribe_url" must be an absolute address such as https://lists.example.com/policy-updates',
    ]);
  });

  it("refuses a site URL with a path: the site lives at the root of its host", () => {
    const dir = writeContent({
      "site.yml": SITE_YML.replace(
        "url: https://policies.example.com",
        "url: https://example.com/legal/",
      ),
      "privacy/2014-03-15.md": version(),
    });
    expect(problemsOf(dir)).toEqual([
      'site.yml:4: field "url" must be the address of the site\'s root, such as https://policies.example.com (no sub-folder, query or #fragment)',
    ]);
  });

  it("refuses a site URL that is not a web address, has credentials, a query or a fragment", () => {
    const siteUrl = (url: string) =>
      problemsOf(
        writeContent({
          "site.yml": SITE_YML.replace("url: https://policies.example.com", `url: "${url}"`),
          "privacy/2014-03-15.md": version(),
        }),
      );
    expect(siteUrl("policies.example.com")).toEqual([
      'site.yml:4: field "url" must be an absolute address such as https://policies.example.com',
    ]);
    expect(siteUrl("javascript:alert(1)")).toEqual([
      'site.yml:4: field "url" must start with https:// or http:// (such as https://policies.example.com), not javascript:',
    ]);
    expect(siteUrl("https://user:pw@policies.example.com/")).toEqual([
      'site.yml:4: field "url" must not contain a user name or password: they would be published in every link',
    ]);
    expect(siteUrl("https://policies.example.com/?utm=1")).toEqual([
      expect.stringMatching(/^site\.yml:4: field "url" must be the address of the site's root/),
    ]);
    expect(siteUrl("https://policies.example.com/#top")).toEqual([
      expect.stringMatching(/^site\.yml:4: field "url" must be the address of the site's root/),
    ]);
  });

  it("refuses a related site whose address would run script, naming its own line", () => {
    const relatedUrl = (url: string) =>
      problemsOf(
        writeContent({
          "site.yml": SITE_YML.concat(`  - name: Shop\n    url: "${url}"\n`),
          "privacy/2014-03-15.md": version(),
        }),
      );
    for (const scheme of [
      "javascript:alert(document.cookie)",
      "JavaScript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "vbscript:msgbox(1)",
    ]) {
      expect(relatedUrl(scheme)).toEqual([
        expect.stringMatching(
          /^site\.yml:11: field "related_sites\.1\.url" must start with https:\/\/ or http:\/\/ \(such as https:\/\/www\.example\.com\), not (javascript|data|vbscript):$/,
        ),
      ]);
    }
    expect(relatedUrl("https://admin:secret@shop.example.com")).toEqual([
      'site.yml:11: field "related_sites.1.url" must not contain a user name or password: they would be published in every link',
    ]);
    expect(relatedUrl("www.example.com")).toEqual([
      'site.yml:11: field "related_sites.1.url" must be an absolute address such as https://www.example.com',
    ]);
  });

  it("reports malformed YAML with its line", () => {
    const dir = writeContent({
      "site.yml": "organization: [Example\n",
      "privacy/2014-03-15.md": version(),
    });
    expect(() => loadSiteConfig(dir, dir)).toThrow(/site\.yml:\d: site\.yml is not valid YAML/);
  });
});
