/**
 * The data model of a redline: plain, JSON-serialisable objects only.
 *
 * The engine produces this data and nothing else; Astro components (or any other
 * renderer) turn it into markup. Keeping it plain data means a redline can be cached,
 * shipped to the browser as JSON, and compared in tests as a value.
 */

/** Inline formatting a run of text carries; absent keys mean "not set". */
export interface Marks {
  /** Link target. A changed target is a link change: the words stay kept, with the old marks in `Run.was`. */
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

/**
 * A stretch of text with one redline operation and one set of inline marks (the new
 * side's, for kept text). Words are compared without their marks, so a kept run whose
 * marks changed — a link target, emphasis, code — carries the old marks in `was`: a link
 * or formatting change, never a word change.
 */
export type Run = Marks & { op: RunOp; text: string; was?: Marks };

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
    | {
        kind: "list-item";
        ordered: boolean;
        checked: boolean | null;
        /** The item's number in an ordered list (the list's start + its position); null in a bullet list. */
        number: number | null;
      }
    | { kind: "table-cell"; row: number; column: number; header: boolean }
    | { kind: "code"; lang: string | null }
    | { kind: "html" }
    | { kind: "rule" }
  );

export type BlockKind = BlockShape["kind"];

/** One block as it appears in one version; `index` is its position in that version's blocks. */
export type BlockSide = BlockShape & { index: number };

/**
 * "moved": a block that left one place and appears at another (the same or similar
 * words). It shows at both places: the old place has only `old` and its text kept, the
 * new place only `new` and its word changes; `move` links the two.
 */
export type BlockStatus = "kept" | "added" | "removed" | "changed" | "moved";

/** One end of a move: `id` is the same at both ends and numbers the moves of a redline from 1. */
export interface MoveEnd {
  id: number;
  role: "from" | "to";
}

/**
 * What a changed block's change is made of (several may be true). Wording: words or
 * punctuation added/removed. Links: a link's target changed, or a link was added or
 * removed around kept words. Formatting: the same words with other inline marks
 * (emphasis, code…), spacing, or another block shape (heading level, list marker,
 * paragraph ↔ list item).
 */
export interface BlockChanges {
  wording: boolean;
  links: boolean;
  formatting: boolean;
}

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
  /** For "changed" blocks and the "to" end of a move. */
  changes?: BlockChanges;
  /** For "moved" blocks: which end of which move. */
  move?: MoveEnd;
  /**
   * Set on the second row of a split (`"old"`: one old block became two new ones) or a
   * merge (`"new"`): that side of this row is the rest of the previous row's block, so its
   * text continues the previous row's on the same line.
   */
  continues?: "old" | "new";
}

/** A section is a heading and the blocks under it up to the next heading of any level. */
export interface SectionRef {
  title: string;
  anchor: string;
  depth: number;
}

/**
 * The kind of a change, as a reader would triage it: "none" (the text reads the same),
 * "formatting" (only formatting changed), "links" (link targets changed, and maybe
 * formatting), "wording" (words, punctuation or their order changed).
 */
export const TEXT_CHANGES = ["none", "formatting", "links", "wording"] as const;
export type TextChange = (typeof TEXT_CHANGES)[number];

export interface RedlineStats {
  wordsAdded: number;
  wordsRemoved: number;
  /** Punctuation marks added and removed (not counted as words). */
  punctuationAdded: number;
  punctuationRemoved: number;
  /** Links whose target changed, or that were added or removed around kept words. */
  linksChanged: number;
  /** Formatting changes: runs of kept words with other marks, and blocks with another shape. */
  formattingChanged: number;
  /** Blocks that moved (each counted once). */
  moved: number;
  blocks: Record<BlockStatus, number>;
  /** Sections whose wording changed (not those with only formatting or link changes). */
  sections: { added: SectionRef[]; removed: SectionRef[]; changed: SectionRef[] };
  textChange: TextChange;
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
