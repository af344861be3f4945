import { describe, expect, it } from "vitest";
import { loadContent } from "../../src/lib/content.ts";
import type { CalendarDate } from "../../src/lib/dates.ts";
import { parseMarkdown } from "../../src/lib/markdown.ts";
import {
  compareVersions,
  packVersion,
  prepareVersion,
  unpackVersion,
} from "../../src/lib/redline/index.ts";
import { groupRuns, inlineView, safeHref, sideBySideView } from "../../src/lib/redline-view.ts";
import { preparedVersion, redlineOf, redlinesFor } from "../../src/lib/redlines.ts";
import { buildSiteModel } from "../../src/lib/site-model.ts";
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

  it("computes each once and reads each version once", () => {
    expect(redlinesFor(privacy)).toBe(redlinesFor(privacy));
    expect(preparedVersion(v2026)).toBe(preparedVersion(v2026));
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

describe("the redline's layout", () => {
  const redline = compareVersions(
    parseMarkdown("# Title\n\nWe answer within a reasonable time.\n\n## Old section\n\nGone.\n"),
    parseMarkdown("# Title\n\nWe answer within 30 days.\n\n- a new item\n"),
  );

  it("moves a change's leading space before the <del>/<ins>, so the marks cover words only", () => {
    const block = inlineView(redline).find((b) => b.status === "changed");
    const changes = block?.groups.filter((group) => group.op !== "kept");
    expect(
      changes?.map((group) => [group.op, group.lead, group.runs.map((run) => run.text).join("")]),
    ).toEqual([
      ["removed", " ", "a reasonable time"],
      ["added", " ", "30 days"],
    ]);
  });

  it("gives headings prefixed anchors and levels below the page's own h1/h2", () => {
    const view = inlineView(redline);
    expect(view[0]).toMatchObject({ tag: "h3", id: "new-title" });
    expect(view.find((b) => b.status === "removed" && b.id)?.id).toBe("old-old-section");
  });

  it("never skips a heading level, even when the policy goes from # to ###", () => {
    const skipping = compareVersions(
      parseMarkdown("# A\n\n### B\n\ntext\n\n##### C\n"),
      parseMarkdown("# A\n\n### B\n\nmore text\n\n##### C\n"),
    );
    expect(
      inlineView(skipping)
        .filter((b) => b.id)
        .map((b) => b.tag),
    ).toEqual(["h3", "h4", "h5"]);
  });

  it("side by side: the old side never shows added words, the new side never removed ones", () => {
    for (const row of sideBySideView(redline)) {
      expect(row.old?.groups.some((g) => g.op === "added") ?? false).toBe(false);
      expect(row.new?.groups.some((g) => g.op === "removed") ?? false).toBe(false);
    }
    const added = sideBySideView(redline).find((row) => row.status === "added");
    expect(added?.old).toBeUndefined();
    expect(added?.new?.className).toContain("rl-list-item");
  });

  it("never links to javascript: or data: targets", () => {
    expect(safeHref("javascript:alert(1)")).toBeUndefined();
    expect(safeHref(" JaVaScRiPt:alert(1)")).toBeUndefined();
    // `[x](java&#9;script:…)` reaches the tree with a real tab, which browsers drop.
    expect(safeHref("java\tscript:alert(1)")).toBeUndefined();
    expect(safeHref("\u0001java\nscript:alert(1)")).toBeUndefined();
    expect(safeHref("data:text/html,x")).toBeUndefined();
    expect(safeHref("https://example.com/a")).toBe("https://example.com/a");
    expect(safeHref("mailto:a@example.com")).toBe("mailto:a@example.com");
    expect(safeHref("#section")).toBe("#section");
    const groups = groupRuns([{ op: "kept", text: " click", href: "javascript:alert(1)" }]);
    expect(groups[0]?.runs[0]?.href).toBeUndefined();
  });
});
