/**
 * What the build publishes for readers and machines that follow the policies: raw
 * sources with their SHA-256, Atom feeds, the JSON API and the notice e-mails, and
 * `npm run verify` catching a tampered dist/.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { policiesApiSchema, policyApiSchema } from "../../src/outputs/api.ts";
import { TEXT_CHANGE_SCHEME } from "../../src/outputs/feeds.ts";
import { copyContent, runScript, seedContent } from "../support/build.ts";
import { BEFORE_NOTICE, IN_NOTICE, builtSite } from "../support/sites.ts";

const SITE = "https://policies.isocket.com";
const VERSIONS = ["2014-03-15", "2026-12-16"];
let site: string;

beforeAll(async () => {
  site = await builtSite(IN_NOTICE);
});

const read = (path: string, root = site) => readFileSync(join(root, path), "utf8");
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  isArray: (name) => ["entry", "link", "category"].includes(name),
});

interface AtomLink {
  "@rel": string;
  "@href": string;
  "@type"?: string;
}
interface AtomEntry {
  id: string;
  title: string;
  updated: string;
  published: string;
  summary: { "#text": string };
  link: AtomLink[];
  category: { "@term": string; "@scheme"?: string; "@label"?: string }[];
}

/** Parses an Atom feed and checks the elements RFC 4287 requires of it and its entries. */
function parseAtom(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  const { feed } = parser.parse(xml) as {
    feed: {
      "@xmlns": string;
      id: string;
      title: string;
      updated: string;
      link: AtomLink[];
      author: { name: string };
      entry?: AtomEntry[];
    };
  };
  expect(feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
  const dateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/;
  expect(feed.id).toMatch(/^https:\/\//);
  expect(feed.title).toBeTruthy();
  expect(feed.updated).toMatch(dateTime);
  expect(feed.author.name).toBe("iSocket");
  expect(feed.link.find((link) => link["@rel"] === "self")?.["@href"]).toBe(feed.id);
  const entries = feed.entry ?? [];
  for (const entry of entries) {
    expect(entry.id).toMatch(
      /^tag:policies\.isocket\.com,\d{4}-\d{2}-\d{2}:[a-z-]+\/\d{4}-\d{2}-\d{2}$/,
    );
    expect(entry.title).toBeTruthy();
    expect(entry.updated).toMatch(dateTime);
    expect(entry.published).toMatch(dateTime);
    expect(entry.summary["#text"]).toBeTruthy();
    expect(
      entry.link.filter((link) => link["@rel"] === "alternate" && link["@type"] === "text/html"),
    ).toHaveLength(1);
    // One material/editorial category; a version after the first also says its kind of text change.
    expect(entry.category.filter((category) => !category["@scheme"])).toHaveLength(1);
  }
  return { feed, entries };
}

describe("raw sources and their SHA-256", () => {
  it.each(VERSIONS)(
    "serves /privacy/%s.md byte for byte and shows its SHA-256 on the version page",
    async (date) => {
      const source = readFileSync(join(seedContent, `privacy/${date}.md`));
      expect(readFileSync(join(site, `privacy/${date}.md`)).equals(source)).toBe(true);
      const lock = read("published.lock", seedContent);
      const hash = new RegExp(`^privacy/${date}\\.md sha256:([0-9a-f]{64})`, "m").exec(lock)?.[1];
      const page = read(`privacy/${date}/index.html`);
      expect(page).toContain(`data-sha256="${hash}"`);
      expect(page).toContain(`href="/privacy/${date}.md"`);
    },
  );
});

describe("Atom feeds", () => {
  it("/feed.xml and /privacy/feed.xml list every published version with dates, category and links", () => {
    for (const path of ["feed.xml", "privacy/feed.xml"]) {
      const { entries } = parseAtom(read(path));
      expect(entries.map((entry) => entry.id)).toEqual([
        "tag:policies.isocket.com,2026-12-16:privacy/2026-12-16",
        "tag:policies.isocket.com,2014-03-15:privacy/2014-03-15",
      ]);
      const [change, first] = entries as [AtomEntry, AtomEntry];
      expect(change.category[0]?.["@term"]).toBe("material");
      expect(change.published).toBe("2026-11-16T00:00:00-08:00");
      expect(change.summary["#text"]).toMatch(/adds a Data Retention section/);
      expect(change.link.map((link) => link["@href"])).toEqual(
        expect.arrayContaining([
          `${SITE}/privacy/2026-12-16/`,
          `${SITE}/privacy/changes/2026-12-16/`,
        ]),
      );
      expect(change.category[1]).toEqual({
        "@scheme": TEXT_CHANGE_SCHEME,
        "@term": "wording",
        "@label": "Wording changed",
      });
      expect(first.category.map((category) => category["@term"])).toEqual(["editorial"]);
      expect(first.link.map((link) => link["@href"])).not.toContain(
        `${SITE}/privacy/changes/2014-03-15/`,
      );
    }
  });

  it("leaves out a version before its announcement", async () => {
    const { entries } = parseAtom(read("feed.xml", await builtSite(BEFORE_NOTICE)));
    expect(entries.map((entry) => entry.id)).toEqual([
      "tag:policies.isocket.com,2014-03-15:privacy/2014-03-15",
    ]);
  });
});

describe("JSON API", () => {
  it("/api/policies.json and /api/privacy.json match their documented schemas and the content", () => {
    const all = policiesApiSchema.parse(JSON.parse(read("api/policies.json")));
    const privacy = policyApiSchema.parse(JSON.parse(read("api/privacy.json")));
    expect(all.as_of).toBe(IN_NOTICE);
    expect(all.policies).toEqual([
      expect.objectContaining({ slug: "privacy", current: "2014-03-15" }),
    ]);
    expect(privacy.versions).toEqual(all.policies[0]?.versions);
    const [first, change] = privacy.versions;
    expect(first).toMatchObject({
      effective: "2014-03-15",
      status: "current",
      in_effect_until: "2026-12-16",
      material: false,
      summary: null,
    });
    expect(first?.urls).toEqual({
      page: `${SITE}/privacy/2014-03-15/`,
      source: `${SITE}/privacy/2014-03-15.md`,
      changes: null,
      // The seed's site.yml does not ask for PDFs.
      pdf: null,
    });
    expect(change).toMatchObject({
      effective: "2026-12-16",
      announced: "2026-11-16",
      status: "upcoming",
      material: true,
    });
    expect(change?.urls.changes).toBe(`${SITE}/privacy/changes/2026-12-16/`);
    for (const version of privacy.versions) {
      expect(read("published.lock", seedContent)).toContain(
        `privacy/${version.effective}.md sha256:${version.sha256}`,
      );
    }
  });
});

describe("notice e-mails", () => {
  it("are written for the material version only, as text and HTML, with its summary, dates and links", () => {
    const text = read("notices/privacy/2026-12-16.txt");
    const html = read("notices/privacy/2026-12-16.html");
    for (const body of [text, html]) {
      expect(body).toContain("December 16, 2026");
      expect(body).toContain("November 16, 2026");
      expect(body).toMatch(/adds a Data Retention\s+section/);
      expect(body).toContain(`${SITE}/privacy/changes/2026-12-16/`);
      expect(body).toContain(`${SITE}/privacy/2026-12-16/`);
    }
    expect(html).toMatch(/^<!doctype html>/);
    expect(() => read("notices/privacy/2014-03-15.txt")).toThrow(/ENOENT/);
  });
});

describe("npm run verify", () => {
  const verify = (dist: string, content = seedContent) =>
    runScript("verify", [dist, "--content", content]);
  const tamperedCopy = () => {
    const copy = join(mkdtempSync(join(tmpdir(), "redline-tampered-")), "dist");
    cpSync(site, copy, { recursive: true });
    return copy;
  };

  it("accepts the site as built", async () => {
    const result = await verify(site);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/2 versions verified/);
  });

  it("names each version whose raw source, page hash or file was tampered with", async () => {
    const dist = tamperedCopy();
    const source = join(dist, "privacy/2014-03-15.md");
    writeFileSync(source, readFileSync(source, "utf8").replace("reasonable period", "long period"));
    const page = join(dist, "privacy/2026-12-16/index.html");
    writeFileSync(
      page,
      readFileSync(page, "utf8").replace(
        /data-sha256="[0-9a-f]{64}"/,
        `data-sha256="${"0".repeat(64)}"`,
      ),
    );
    const result = await verify(dist);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /privacy\/2014-03-15\.md: \/privacy\/2014-03-15\.md differs from/,
    );
    expect(result.stderr).toMatch(
      /privacy\/2026-12-16\.md: the page \/privacy\/2026-12-16\/ shows SHA-256 0{64}/,
    );

    rmSync(source);
    expect((await verify(dist)).stderr).toMatch(
      /privacy\/2014-03-15\.md: the site has no \/privacy\/2014-03-15\.md/,
    );
  });

  it("reports content that no longer matches the lock", async () => {
    const content = copyContent();
    const file = join(content, "privacy/2026-12-16.md");
    writeFileSync(file, readFileSync(file, "utf8") + "\nAdded later.\n");
    const result = await verify(site, content);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /privacy\/2026-12-16\.md: the content's SHA-256 [0-9a-f]{64} is not the one the lock records/,
    );
  });
});
