/**
 * The data model of a redline: plain, JSON-serialisable objects only.
 *
 * The engine produces this data and nothing else; Astro components (or any other
 * renderer) turn it into markup. Keeping it plain data means a redline can be cached,
 * shipped to the browser as JSON, and compared in tests as a value.
 */

/** Inline formatting a run of text carries; absent keys mean "not set". */
export interface Marks {
  /** Link target; a changed target makes the link's words removed (old href) and added (new href). */
  href?: string;
  strong?: true;
  emphasis?: true;
  /** GFM strikethrough (`~~a~~`) in the policy text itself, not a redline deletion. */
  strike?: true;
  code?: true;
  /** Inline raw HTML such as `<br>`; the text is the (whitespace-normalised) HTML source. */
  html?: true;
  /** Image source; the text is the image's alt text. */
  image?: string;
}

export type RunOp = "kept" | "added" | "removed";

/** A stretch of text with one redline operation and one set of inline marks. */
export type Run = Marks & { op: RunOp; text: string };

/** Where a block sits: how many lists and block quotes enclose it. */
export interface BlockContainer {
  /** Number of enclosing lists; a top-level list item has 1, a paragraph outside lists 0. */
  listDepth: number;
  /** Number of enclosing block quotes. */
  quoteDepth: number;
}

export type BlockShape = BlockContainer &
  (
    | {
        kind: "heading";
        depth: 1 | 2 | 3 | 4 | 5 | 6;
        /** The id rehype-slug (github-slugger) gives this heading in its own version's page. */
        anchor: string;
      }
    | { kind: "paragraph" }
    | { kind: "list-item"; ordered: boolean; checked: boolean | null }
    | { kind: "table-cell"; row: number; column: number; header: boolean }
    | { kind: "code"; lang: string | null }
    | { kind: "html" }
    | { kind: "rule" }
  );

export type BlockKind = BlockShape["kind"];

/** One block as it appears in one version; `index` is its position in that version's blocks. */
export type BlockSide = BlockShape & { index: number };

export type BlockStatus = "kept" | "added" | "removed" | "changed";

/**
 * One row of the aligned redline. `old` is present unless the block was added, `new`
 * unless it was removed, so a side-by-side view can lay both versions out row by row.
 * `runs` hold the text of both sides: the old side is every run except "added" ones,
 * the new side every run except "removed" ones.
 */
export interface RedlineBlock {
  status: BlockStatus;
  /** The new side's kind, or the old side's for removed blocks. */
  kind: BlockKind;
  old?: BlockSide;
  new?: BlockSide;
  runs: readonly Run[];
}

/** A section is a heading and the blocks under it up to the next heading of any level. */
export interface SectionRef {
  title: string;
  anchor: string;
  depth: number;
}

export interface RedlineStats {
  wordsAdded: number;
  wordsRemoved: number;
  blocks: Record<BlockStatus, number>;
  sections: { added: SectionRef[]; removed: SectionRef[]; changed: SectionRef[] };
}

export interface Redline {
  blocks: RedlineBlock[];
  stats: RedlineStats;
  /**
   * True when an edit budget ran out and part of the redline fell back to whole blocks
   * removed/added instead of a word-level comparison; the text is still exact.
   */
  degraded: boolean;
}
