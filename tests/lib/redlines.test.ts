import { describe, expect, it } from "vitest";
import { loadContent } from "../../src/content/content.ts";
import type { CalendarDate } from "../../src/dates/dates.ts";
import { parseMarkdown } from "../../src/render/markdown.ts";
import {
  compareVersions,
  packVersion,
  prepareVersion,
  unpackVersion,
} from "../../src/redline/index.ts";
import { preparedVersion, redlineOf, redlinesFor } from "../../src/redline/redlines.ts";
import { buildSiteModel } from "../../src/site/site-model.ts";
import { seedContent } from "../support/build.ts";

const model = buildSiteModel({ ...loadContent(seedContent), today: "2026-11-28" as CalendarDate });
const privacy = model.policies[0];
if (!privacy) throw new Error("the seed has a privacy policy");
const [v2014, v2026] = privacy.versions;
if (!v2014 || !v2026) throw new Error("the seed has two versions");

describe("the redlines of a policy", () => {
  it("has one redline per version with a version before it", () => {
    expect([...redlinesFor(privacy).keys()]).toEqual(["2026-12-16"]);
    expect(redlineOf(privacy, v2014)).toBeUndefined();
  });

  it("computes each once, from the blocks the content stage read from each version's Markdown", () => {
    expect(redlinesFor(privacy)).toBe(redlinesFor(privacy));
    for (const version of privacy.versions) {
      expect(version.redlineBlocks).toEqual(
        packVersion(prepareVersion(parseMarkdown(version.body))),
      );
      expect(preparedVersion(version)).toEqual(prepareVersion(parseMarkdown(version.body)));
    }
  });

  it("the seed's change: Data Retention added, the answer time changed from 'a reasonable period of time after' to '30 days'", () => {
    const redline = redlineOf(privacy, v2026);
    expect(redline?.stats.sections.added.map((s) => s.title)).toContain("Data Retention");
    expect(redline?.stats.wordsAdded).toBeGreaterThan(0);
    const access = redline?.blocks.find((block) =>
      block.runs.some((run) => run.op === "added" && run.text.includes("30 days")),
    );
    const removed = access?.runs
      .filter((run) => run.op === "removed")
      .map((run) => run.text.trim());
    expect(removed).toEqual(["a reasonable period", "time after"]);
  });
});

describe("packed versions for the compare page", () => {
  it("unpack to exactly the prepared version, so the browser's redline equals the build's", () => {
    for (const version of privacy.versions) {
      const prepared = preparedVersion(version);
      const roundTrip = unpackVersion(JSON.parse(JSON.stringify(packVersion(prepared))));
      expect(roundTrip).toEqual(prepared);
    }
    const fromPacked = compareVersions(
      unpackVersion(JSON.parse(JSON.stringify(packVersion(preparedVersion(v2014))))),
      unpackVersion(JSON.parse(JSON.stringify(packVersion(preparedVersion(v2026))))),
    );
    expect(fromPacked).toEqual(redlineOf(privacy, v2026));
  });

  it("keep marks, code whitespace and word flags", () => {
    const prepared = prepareVersion(
      parseMarkdown(
        "Some **bold** [link](https://x.example) _ and `code`.\n\n```\n  indented\n\tx\n```\n",
      ),
    );
    expect(unpackVersion(JSON.parse(JSON.stringify(packVersion(prepared))))).toEqual(prepared);
  });
});
