/**
 * The content folder refuses what would publish something other than what editors see:
 * links out of the folder, hidden versions, invisible characters, images from other sites.
 */
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "../../src/content/content.ts";
import { ContentError, formatProblem } from "../../src/content/content-error.ts";
import { SITE_YML, writeContent } from "../support/build.ts";

const VERSION = "---\ntitle: Privacy Policy\n---\n\nWe keep logs.\n";

function problems(contentDir: string): string[] {
  try {
    loadContent(contentDir, dirname(contentDir));
    return [];
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return error.problems.map(formatProblem);
  }
}

describe("symbolic links in the content folder", () => {
  it("are refused, for a version file and for a policy folder, and never followed", () => {
    const outside = join(dirname(writeContent({})), "secret.md");
    writeFileSync(outside, VERSION);
    const contentDir = writeContent({ "privacy/2020-01-01.md": VERSION });
    symlinkSync(outside, join(contentDir, "privacy/2021-01-01.md"));
    symlinkSync(dirname(outside), join(contentDir, "terms"));
    const symlink =
      "is a symbolic link: only files inside the content folder are published; replace the link with a copy of the file or folder";
    expect(problems(contentDir)).toEqual([
      `content/privacy/2021-01-01.md: ${symlink}`,
      `content/terms: ${symlink}`,
    ]);
  });

  it("a link to a parent folder is refused, not walked forever", () => {
    const contentDir = writeContent({ "privacy/2020-01-01.md": VERSION });
    symlinkSync(contentDir, join(contentDir, "privacy/loop"));
    expect(problems(contentDir)).toEqual([
      expect.stringMatching(/^content\/privacy\/loop: is a symbolic link/),
    ]);
  });
});

describe("a hidden version file", () => {
  it("is refused with its visible name, while other hidden files are ignored", () => {
    const contentDir = writeContent({
      "privacy/2020-01-01.md": VERSION,
      "privacy/.2027-01-01.md": VERSION,
      "privacy/.DS_Store": "x",
    });
    expect(problems(contentDir)).toEqual([
      "content/privacy/.2027-01-01.md: a hidden file (its name starts with a dot) is never published: if it is a version, rename it 2027-01-01.md; if not, move it out of the content folder",
    ]);
  });
});

describe("invisible characters", () => {
  it("are refused in front-matter text, with the line, column and the character's name", () => {
    const contentDir = writeContent({
      "privacy/2020-01-01.md": "---\ntitle: Privacy \u202EPolicy\n---\n\nText.\n",
      "terms/2020-01-01.md": "---\ntitle: Terms\nurgent: Required\u200B by law\n---\n\nText.\n",
    });
    expect(problems(contentDir)).toEqual([
      "content/privacy/2020-01-01.md:2: the front matter has an invisible character, U+202E (right-to-left override), at column 16: it can hide text or show it reversed; delete it (retype the text around it)",
      "content/terms/2020-01-01.md:3: the front matter has an invisible character, U+200B (zero-width space), at column 17: it can hide text or show it reversed; delete it (retype the text around it)",
    ]);
  });

  it("are refused in site.yml", () => {
    const contentDir = writeContent({
      "site.yml": SITE_YML.replace("Example Co", "Example\u0007 Co"),
      "privacy/2020-01-01.md": VERSION,
    });
    expect(problems(contentDir)).toEqual([
      expect.stringMatching(
        /^content\/site\.yml:1: site\.yml has an invisible character, U\+0007 \(control character\)/,
      ),
    ]);
  });

  it("in a file or folder name are written out in the message, never printed raw", () => {
    const contentDir = writeContent({ "privacy/2020-01-01.md": VERSION });
    mkdirSync(join(contentDir, "terms\u202Etxt.exe"));
    expect(problems(contentDir)).toEqual([
      expect.stringMatching(/^content\/terms<U\+202E>txt\.exe: the policy folder name is its URL/),
    ]);
  });

  it("leave the joiners and marks that writing systems need", () => {
    const contentDir = writeContent({
      "privacy/2020-01-01.md": "---\ntitle: حریم\u200Cخصوصی \u200F(Privacy)\n---\n\nText.\n",
    });
    expect(problems(contentDir)).toEqual([]);
  });
});

describe("images from other sites", () => {
  const withImages = (siteExtra = "") =>
    writeContent({
      "site.yml": SITE_YML + siteExtra,
      "privacy/2020-01-01.md":
        '---\ntitle: Privacy Policy\n---\n\n![logo](/logo.png)\n\n![](https://pixel.tracker.example/p.gif?u=1)\n\n<img src="https://images.example.com/chart.png" alt="Chart">\n',
    });

  it("are refused unless site.yml allows their host", () => {
    expect(problems(withImages())).toEqual([
      "content/privacy/2020-01-01.md:7: an image from another site (https://pixel.tracker.example/p.gif?u=1) would be loaded by every reader's browser, telling that site who reads the policy: put the image in the site's public/ folder, or allow its host in site.yml (image_hosts: [pixel.tracker.example])",
      expect.stringMatching(
        /:9: an image from another site \(https:\/\/images\.example\.com\/chart\.png\)/,
      ),
    ]);
    expect(problems(withImages("image_hosts: [images.example.com]\n"))).toEqual([
      expect.stringMatching(/:7: an image from another site \(https:\/\/pixel\.tracker\.example/),
    ]);
  });

  it("site.yml's image_hosts takes host names only", () => {
    expect(problems(withImages("image_hosts: [https://images.example.com/]\n"))).toEqual(
      expect.arrayContaining([
        'content/site.yml:10: field "image_hosts.0" must be a host name in lower case, such as images.example.com (no https://, no path)',
      ]),
    );
  });
});
