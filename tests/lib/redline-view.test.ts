import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../src/render/markdown.ts";
import { compareVersions } from "../../src/redline/index.ts";
import {
  groupRuns,
  inlineView,
  markClasses,
  runText,
  safeHref,
  sideBySideView,
  summaryView,
} from "../../src/redline/redline-view.ts";

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

describe("what a run shows", () => {
  it("labels an image by its alt text, turns a raw <br> into a space and keeps other text", () => {
    expect(runText({ op: "kept", text: " a logo", image: "/logo.png" })).toBe(" [image: a logo]");
    expect(runText({ op: "added", text: "<br>", html: true })).toBe(" ");
    expect(runText({ op: "added", text: "<b>", html: true })).toBe("<b>");
    expect(runText({ op: "kept", text: " words" })).toBe(" words");
  });

  it("names each mark it carries as a class, in a fixed order", () => {
    expect(markClasses({ op: "kept", text: "x" })).toBe("");
    expect(
      markClasses({
        op: "kept",
        text: "x",
        strong: true,
        emphasis: true,
        strike: true,
        code: true,
        html: true,
        image: "",
      }),
    ).toBe("rl-strong rl-em rl-strike rl-code rl-raw rl-image");
  });
});

describe("the generated summary", () => {
  const lines = (before: string, after: string) => {
    const summary = summaryView(compareVersions(parseMarkdown(before), parseMarkdown(after)));
    return [
      summary.wordCounts,
      ...summary.lists.map(
        (list) =>
          `${list.label} [${list.key}]: ${list.sections.map((s) => `${s.title}${s.href ? ` ${s.href}` : ""}`).join(", ")}`,
      ),
      ...(summary.noHeadingChanges ? ["No section headings changed."] : []),
    ];
  };

  it("counts words and lists the sections added, removed and changed, linking each to its side", () => {
    expect(
      lines(
        "# Policy\n\n## Cookies\n\nWe use cookies.\n\n## Old\n\nGone.\n",
        "# Policy\n\n## Cookies\n\nWe use no cookies.\n\n## Retention\n\nOne year.\n",
      ),
    ).toEqual([
      "4 words added, 2 words removed.",
      "Sections added [added]: Retention #new-retention",
      "Sections removed [removed]: Old #old-old",
      "Sections changed [changed]: Cookies #new-cookies",
    ]);
  });

  it("says so when no heading changed, and uses the singular for one word", () => {
    expect(lines("Plain text.\n", "Plain new text.\n")).toEqual([
      "1 word added, 0 words removed.",
      "No section headings changed.",
    ]);
  });
});
