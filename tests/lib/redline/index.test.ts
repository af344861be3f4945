import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseMarkdown } from "../../../src/render/markdown.ts";
import {
  compareVersions,
  formatRedline,
  prepareVersion,
  sideText,
  versionText,
} from "../../../src/redline/index.ts";
import type { RedlineOptions } from "../../../src/redline/index.ts";

function redlineOf(oldBody: string, newBody: string, options?: RedlineOptions) {
  return compareVersions(parseMarkdown(oldBody), parseMarkdown(newBody), options);
}

function show(oldBody: string, newBody: string): string {
  return formatRedline(redlineOf(oldBody, newBody));
}

describe("compareVersions: hand-picked cases", () => {
  it("marks a replaced word inside a paragraph", () => {
    expect(show("The old text.", "The new text.")).toBe("~ ¶ The [-old-] {+new+} text.");
  });

  it("treats markup-only edits as no change", () => {
    const before = "A paragraph that\nwraps here.\n\n* one\n* two\n\n_a_ and __b__\n\nTitle\n=====";
    const after = "A paragraph that wraps\nhere.\n\n- one\n- two\n\n*a* and **b**\n\n# Title";
    const redline = redlineOf(before, after);
    expect(redline.blocks.every((block) => block.status === "kept")).toBe(true);
    expect(formatRedline(redline)).toBe(
      [
        "  ¶ A paragraph that wraps here.",
        "  • one",
        "  • two",
        "  ¶ _a_ and **b**",
        "  # Title",
      ].join("\n"),
    );
  });

  it("treats inline and reference links to the same target as the same", () => {
    expect(show("See [docs](https://a.example).", "See [docs][d].\n\n[d]: https://a.example")).toBe(
      "  ¶ See [docs](https://a.example).",
    );
  });

  it("shows a changed link target with the old and the new href", () => {
    expect(
      show("See [the docs](https://a.example) now.", "See [the docs](https://b.example) now."),
    ).toBe("~ ¶ See [the docs](https://b.example)⟨was [the docs](https://a.example)⟩ now.");
    expect(show("x [y][r] z\n\n[r]: https://one", "x [y][r] z\n\n[r]: https://two")).toBe(
      "~ ¶ x [y](https://two)⟨was [y](https://one)⟩ z",
    );
  });

  it("shows an added section as whole added blocks", () => {
    const before = "# Title\n\nIntro.\n\n## Keep\n\nKept text.";
    const after =
      "# Title\n\nIntro.\n\n## New section\n\nBrand new words here.\n\n- and a list\n\n## Keep\n\nKept text.";
    const redline = redlineOf(before, after);
    expect(formatRedline(redline)).toBe(
      [
        "  # Title",
        "  ¶ Intro.",
        "+ ## New section",
        "+ ¶ Brand new words here.",
        "+ • and a list",
        "  ## Keep",
        "  ¶ Kept text.",
      ].join("\n"),
    );
    expect(redline.stats.sections.added).toEqual([
      { title: "New section", anchor: "new-section", depth: 2 },
    ]);
    expect(redline.stats.wordsAdded).toBe(9);
  });

  it("shows a removed section as whole removed blocks", () => {
    const redline = redlineOf(
      "# T\n\n## Gone\n\nOld stuff.\n\n## Keep\n\nK.",
      "# T\n\n## Keep\n\nK.",
    );
    expect(formatRedline(redline)).toBe(
      ["  # T", "- ## Gone", "- ¶ Old stuff.", "  ## Keep", "  ¶ K."].join("\n"),
    );
    expect(redline.stats.sections.removed).toEqual([{ title: "Gone", anchor: "gone", depth: 2 }]);
    expect(redline.stats.wordsRemoved).toBe(3);
  });

  it("keeps a word whose preceding space changed, showing only the space", () => {
    expect(show("Foo bar baz.", "A Foo bar baz.")).toBe("~ ¶ {+A +}Foo bar baz.");
  });

  it("compares headings, nested lists, quotes, table cells and code block by block", () => {
    const before = [
      "## Scope",
      "- one\n  - nested",
      "> quoted text",
      "| a | b |\n|---|---|\n| c | d |",
      "```js\nlet x = 1;\n```",
      "---",
    ].join("\n\n");
    const after = [
      "### Scope",
      "- one\n  - nested two",
      "> quoted text changed",
      "| a | b |\n|---|---|\n| c | e |",
      "```js\nlet x = 2;\n```",
      "---",
    ].join("\n\n");
    expect(show(before, after)).toBe(
      [
        "~ ##→### Scope",
        "  • one",
        "~   • nested {+two+}",
        "~ > ¶ quoted text {+changed+}",
        "  |th a",
        "  |th b",
        "  |td c",
        "~ |td [-d-]{+e+}",
        "~ ```js let x = [-1;-] {+2;+}",
        "  —",
      ].join("\n"),
    );
  });

  it("treats added emphasis as a formatting change, not a word change", () => {
    expect(show("a bold word", "a **bold** word")).toBe("~ ¶ a **bold**⟨was bold⟩ word");
  });

  it("ignores HTML comments, which readers never see", () => {
    expect(show("<!-- lint off -->\n\nText.", "Text.\n\n<!-- other -->")).toBe("  ¶ Text.");
  });

  it("gives headings the anchors rehype-slug would, per version", () => {
    const redline = redlineOf("## Data\n\n## Data", "## Intro\n\n## Data\n\n## Data");
    const anchors = redline.blocks.map((block) => [
      block.old?.kind === "heading" ? block.old.anchor : null,
      block.new?.kind === "heading" ? block.new.anchor : null,
    ]);
    expect(anchors).toEqual([
      [null, "intro"],
      ["data", "data"],
      ["data-1", "data-1"],
    ]);
  });

  it("lists changed sections once, with their title and anchor", () => {
    const redline = redlineOf(
      "## A\n\nOne two.\n\nThree.\n\n## B\n\nFour.",
      "## A\n\nOne too.\n\nThree!\n\n## B\n\nFour.",
    );
    expect(redline.stats.sections).toEqual({
      added: [],
      removed: [],
      changed: [{ title: "A", anchor: "a", depth: 2 }],
    });
  });

  it("produces JSON-serialisable data", () => {
    const redline = redlineOf("# A\n\nSome [x](y) text.", "# A\n\nSome [x](z) **text**.");
    expect(JSON.parse(JSON.stringify(redline))).toEqual(redline);
  });

  it("accepts prepared versions and gives the same redline as trees", () => {
    const a = parseMarkdown("# A\n\nOne.\n\nTwo.");
    const b = parseMarkdown("# A\n\nOne!\n\nThree.");
    expect(compareVersions(prepareVersion(a), prepareVersion(b))).toEqual(compareVersions(a, b));
  });
});

describe("compareVersions: bounded work", () => {
  const words = (count: number, seed: number): string =>
    Array.from({ length: count }, (_, i) => `w${(i * 7919 + seed) % 50_000}`).join(" ");

  it("degrades a huge rewrite of one paragraph to whole blocks, quickly and exactly", () => {
    const before = parseMarkdown(words(60_000, 1));
    const after = parseMarkdown(words(60_000, 2));
    const start = performance.now();
    const redline = compareVersions(before, after, { maxWordEdits: 200 });
    const elapsed = performance.now() - start;
    expect(sideText(redline, "old")).toBe(versionText(before));
    expect(sideText(redline, "new")).toBe(versionText(after));
    expect(elapsed).toBeLessThan(2_000);
  });

  it("degrades thousands of rewritten blocks to a block-level redline", () => {
    const paragraphs = (seed: number): string =>
      Array.from({ length: 4_000 }, (_, i) => `Para ${seed}-${i} ${words(8, i + seed)}`).join(
        "\n\n",
      );
    const before = parseMarkdown(paragraphs(1));
    const after = parseMarkdown(paragraphs(2));
    const start = performance.now();
    const redline = compareVersions(before, after, { maxBlockEdits: 100 });
    const elapsed = performance.now() - start;
    expect(sideText(redline, "old")).toBe(versionText(before));
    expect(sideText(redline, "new")).toBe(versionText(after));
    expect(elapsed).toBeLessThan(2_000);
  });

  it("falls back to whole blocks when the block edit cap is hit", () => {
    const before = Array.from({ length: 50 }, (_, i) => `P${i} alpha.`).join("\n\n");
    const after = Array.from({ length: 50 }, (_, i) => `P${(i * 17) % 50} alpha.`).join("\n\n");
    const redline = redlineOf(before, after, { maxBlockEdits: 2 });
    expect(redline.degraded).toBe(true);
    expect(sideText(redline, "old")).toBe(versionText(parseMarkdown(before)));
    expect(sideText(redline, "new")).toBe(versionText(parseMarkdown(after)));
  });

  it("shows a pair as whole blocks when the token budget is spent", () => {
    const redline = redlineOf("One two three four.", "One two three five.", { tokenBudget: 3 });
    expect(redline.degraded).toBe(true);
    expect(formatRedline(redline)).toBe("- ¶ One two three four.\n+ ¶ One two three five.");
  });
});

/* ---------- property tests on generated documents ---------- */

const VOCABULARY = [
  "the",
  "data",
  "we",
  "you",
  "policy",
  "GitHub",
  "may",
  "share",
  "privacy",
  "account",
  "and",
  "of",
];

type Inline = { text: string; link?: string; emphasis?: boolean; strong?: boolean };
type ModelBlock =
  | { type: "heading"; depth: number; words: Inline[] }
  | { type: "paragraph"; words: Inline[] }
  | { type: "list"; ordered: boolean; items: Inline[][] };

const inlineArb: fc.Arbitrary<Inline> = fc.record(
  {
    text: fc.oneof(fc.constantFrom(...VOCABULARY), fc.constantFrom("data,", "you.", "(GitHub)")),
    link: fc.constantFrom("https://a.example", "https://b.example"),
    emphasis: fc.boolean(),
    strong: fc.boolean(),
  },
  { requiredKeys: ["text"] },
);
const wordsArb = (max: number) => fc.array(inlineArb, { minLength: 1, maxLength: max });
const blockArb: fc.Arbitrary<ModelBlock> = fc.oneof(
  fc.record({
    type: fc.constant("heading" as const),
    depth: fc.integer({ min: 1, max: 3 }),
    words: wordsArb(4),
  }),
  fc.record({ type: fc.constant("paragraph" as const), words: wordsArb(25) }),
  fc.record({
    type: fc.constant("list" as const),
    ordered: fc.boolean(),
    items: fc.array(wordsArb(8), { minLength: 1, maxLength: 4 }),
  }),
);
const documentArb = fc.array(blockArb, { minLength: 0, maxLength: 12 });

const plainSpelling = { bullet: "-", emphasis: "_", strong: "**", wrap: 10 } as const;

/** Markup choices that must not change the redline. */
interface Spelling {
  bullet: "-" | "*" | "+";
  emphasis: "_" | "*";
  strong: "**" | "__";
  wrap: number;
}
const spellingArb: fc.Arbitrary<Spelling> = fc.record({
  bullet: fc.constantFrom("-", "*", "+"),
  emphasis: fc.constantFrom("_", "*"),
  strong: fc.constantFrom("**", "__"),
  wrap: fc.integer({ min: 3, max: 200 }),
});

function renderInline(words: readonly Inline[], spelling: Spelling): string {
  const parts = words.map((word) => {
    let text = word.text;
    if (word.emphasis) text = `${spelling.emphasis}${text}${spelling.emphasis}`;
    if (word.strong) text = `${spelling.strong}${text}${spelling.strong}`;
    return word.link === undefined ? text : `[${text}](${word.link})`;
  });
  // Re-wrap: a soft line break every `wrap` words.
  return parts.map((part, i) => (i > 0 && i % spelling.wrap === 0 ? `\n${part}` : part)).join(" ");
}

function renderDocument(blocks: readonly ModelBlock[], spelling: Spelling): string {
  return blocks
    .map((block) => {
      switch (block.type) {
        case "heading":
          return `${"#".repeat(block.depth)} ${renderInline(block.words, { ...spelling, wrap: 1000 })}`;
        case "paragraph":
          return renderInline(block.words, spelling);
        case "list":
          return block.items
            .map(
              (item, i) =>
                `${block.ordered ? `${i + 1}.` : spelling.bullet} ${renderInline(item, spelling).replace(/\n/g, "\n   ")}`,
            )
            .join("\n");
      }
    })
    .join("\n\n<!-- -->\n\n");
}

type Mutation =
  | { op: "insertWord"; block: number; at: number; word: Inline }
  | { op: "deleteWord"; block: number; at: number }
  | { op: "replaceWord"; block: number; at: number; word: Inline }
  | { op: "insertBlock"; at: number; block: ModelBlock }
  | { op: "deleteBlock"; at: number }
  | { op: "moveBlock"; at: number; to: number }
  | { op: "splitBlock"; block: number; at: number }
  | { op: "mergeBlocks"; block: number }
  | { op: "insertSection"; at: number; blocks: ModelBlock[] };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    op: fc.constant("insertWord" as const),
    block: fc.nat(),
    at: fc.nat(),
    word: inlineArb,
  }),
  fc.record({ op: fc.constant("deleteWord" as const), block: fc.nat(), at: fc.nat() }),
  fc.record({
    op: fc.constant("replaceWord" as const),
    block: fc.nat(),
    at: fc.nat(),
    word: inlineArb,
  }),
  fc.record({ op: fc.constant("insertBlock" as const), at: fc.nat(), block: blockArb }),
  fc.record({ op: fc.constant("deleteBlock" as const), at: fc.nat() }),
  fc.record({ op: fc.constant("moveBlock" as const), at: fc.nat(), to: fc.nat() }),
  fc.record({ op: fc.constant("splitBlock" as const), block: fc.nat(), at: fc.nat() }),
  fc.record({ op: fc.constant("mergeBlocks" as const), block: fc.nat() }),
  fc.record({
    op: fc.constant("insertSection" as const),
    at: fc.nat(),
    blocks: fc
      .tuple(wordsArb(3), fc.array(blockArb, { maxLength: 3 }))
      .map(([title, rest]) => [{ type: "heading" as const, depth: 2, words: title }, ...rest]),
  }),
);

function wordsOf(block: ModelBlock): Inline[] {
  return block.type === "list" ? (block.items[0] ?? []) : block.words;
}

function mutate(blocks: readonly ModelBlock[], mutations: readonly Mutation[]): ModelBlock[] {
  const result: ModelBlock[] = structuredClone([...blocks]);
  for (const mutation of mutations) {
    if (mutation.op === "insertBlock")
      result.splice(mutation.at % (result.length + 1), 0, mutation.block);
    else if (mutation.op === "insertSection")
      result.splice(mutation.at % (result.length + 1), 0, ...mutation.blocks);
    else if (mutation.op === "deleteBlock") {
      if (result.length > 0) result.splice(mutation.at % result.length, 1);
    } else if (mutation.op === "moveBlock") {
      if (result.length > 0) {
        const [moved] = result.splice(mutation.at % result.length, 1);
        if (moved) result.splice(mutation.to % (result.length + 1), 0, moved);
      }
    } else if (mutation.op === "splitBlock" || mutation.op === "mergeBlocks") {
      if (result.length === 0) continue;
      const at = mutation.block % result.length;
      const block = result[at];
      const next = result[at + 1];
      if (mutation.op === "splitBlock" && block?.type === "paragraph" && block.words.length > 1) {
        const cut = 1 + (mutation.at % (block.words.length - 1));
        result.splice(
          at,
          1,
          { ...block, words: block.words.slice(0, cut) },
          {
            ...block,
            words: block.words.slice(cut),
          },
        );
      } else if (block?.type === "paragraph" && next?.type === "paragraph") {
        result.splice(at, 2, { ...block, words: [...block.words, ...next.words] });
      }
    } else if (result.length > 0) {
      const block = result[mutation.block % result.length];
      if (!block) continue;
      const words = wordsOf(block);
      if (mutation.op === "insertWord")
        words.splice(mutation.at % (words.length + 1), 0, mutation.word);
      else if (words.length > 1 && mutation.op === "deleteWord")
        words.splice(mutation.at % words.length, 1);
      else if (words.length > 0 && mutation.op === "replaceWord")
        words.splice(mutation.at % words.length, 1, mutation.word);
    }
  }
  return result;
}

/**
 * Generated documents changed by `focus` (one to three of them) and a few other edits:
 * both sides of each redline rebuild their version exactly, and `found` (summed over the
 * runs) shows the engine did see what `focus` did.
 */
function rebuildsUnder(
  focus: fc.Arbitrary<Mutation>,
  found: (redline: ReturnType<typeof compareVersions>) => number,
): void {
  let seen = 0;
  fc.assert(
    fc.property(
      documentArb,
      fc.array(focus, { minLength: 1, maxLength: 3 }),
      fc.array(mutationArb, { maxLength: 3 }),
      (blocks, focused, edits) => {
        const before = parseMarkdown(renderDocument(blocks, plainSpelling));
        const after = parseMarkdown(
          renderDocument(mutate(blocks, [...focused, ...edits]), plainSpelling),
        );
        const redline = compareVersions(before, after);
        expect(sideText(redline, "old")).toBe(versionText(before));
        expect(sideText(redline, "new")).toBe(versionText(after));
        seen += found(redline);
      },
    ),
    { numRuns: 300 },
  );
  expect(seen).toBeGreaterThan(0);
}

describe("compareVersions: properties on generated documents", () => {
  it("rebuilds both versions exactly when paragraphs split and merge, and finds them", () => {
    rebuildsUnder(
      fc.oneof(
        fc.record({ op: fc.constant("splitBlock" as const), block: fc.nat(), at: fc.nat() }),
        fc.record({ op: fc.constant("mergeBlocks" as const), block: fc.nat() }),
      ),
      (redline) => redline.blocks.filter((block) => block.continues).length,
    );
  });

  it("rebuilds both versions exactly when blocks move, and finds the moves", () => {
    rebuildsUnder(
      fc.record({ op: fc.constant("moveBlock" as const), at: fc.nat(), to: fc.nat() }),
      (redline) => {
        // Both ends of every move are there, once each.
        const ends = redline.blocks.flatMap((block) => (block.move ? [block.move] : []));
        for (const end of ends)
          expect(
            ends
              .filter((other) => other.id === end.id)
              .map((other) => other.role)
              .sort(),
          ).toEqual(["from", "to"]);
        return redline.stats.moved;
      },
    );
  });

  it("rebuilds both versions exactly from the redline", () => {
    fc.assert(
      fc.property(
        documentArb,
        fc.array(mutationArb, { maxLength: 8 }),
        spellingArb,
        spellingArb,
        (blocks, mutations, oldSpelling, newSpelling) => {
          const before = parseMarkdown(renderDocument(blocks, oldSpelling));
          const after = parseMarkdown(renderDocument(mutate(blocks, mutations), newSpelling));
          const redline = compareVersions(before, after);
          expect(sideText(redline, "old")).toBe(versionText(before));
          expect(sideText(redline, "new")).toBe(versionText(after));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("finds no change when only the markup spelling differs", () => {
    fc.assert(
      fc.property(documentArb, spellingArb, spellingArb, (blocks, a, b) => {
        const redline = compareVersions(
          parseMarkdown(renderDocument(blocks, a)),
          parseMarkdown(renderDocument(blocks, b)),
        );
        expect(redline.blocks.filter((block) => block.status !== "kept")).toEqual([]);
        expect(redline.stats.wordsAdded + redline.stats.wordsRemoved).toBe(0);
      }),
      { numRuns: 200 },
    );
  });

  it("counts words consistently: added − removed = new words − old words", () => {
    const count = (text: string) => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
    fc.assert(
      fc.property(
        documentArb,
        fc.array(mutationArb, { maxLength: 8 }),
        spellingArb,
        (blocks, mutations, spelling) => {
          const before = parseMarkdown(renderDocument(blocks, spelling));
          const after = parseMarkdown(renderDocument(mutate(blocks, mutations), spelling));
          const redline = compareVersions(before, after);
          const oldWords = prepareVersion(before).blocks.reduce(
            (sum, block) => sum + count(block.text),
            0,
          );
          const newWords = prepareVersion(after).blocks.reduce(
            (sum, block) => sum + count(block.text),
            0,
          );
          expect(redline.stats.wordsAdded - redline.stats.wordsRemoved).toBe(newWords - oldWords);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("stays exact under tight caps (graceful degradation)", () => {
    fc.assert(
      fc.property(documentArb, fc.array(mutationArb, { maxLength: 8 }), (blocks, mutations) => {
        const spelling: Spelling = { bullet: "-", emphasis: "_", strong: "**", wrap: 10 };
        const before = parseMarkdown(renderDocument(blocks, spelling));
        const after = parseMarkdown(renderDocument(mutate(blocks, mutations), spelling));
        const redline = compareVersions(before, after, {
          maxBlockEdits: 1,
          maxWordEdits: 1,
          tokenBudget: 10,
        });
        expect(sideText(redline, "old")).toBe(versionText(before));
        expect(sideText(redline, "new")).toBe(versionText(after));
      }),
      { numRuns: 200 },
    );
  });
});
