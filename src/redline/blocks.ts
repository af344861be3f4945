/**
 * mdast → the flat list of blocks a redline compares.
 *
 * A version is read as a sequence of blocks (headings, paragraphs, list items, table
 * cells, code, raw HTML, rules), each with its container (list / quote nesting) and its
 * tokens. Everything that only changes the Markdown spelling — bullet characters, `_a_`
 * vs `*a*`, line wrapping, setext vs ATX headings, reference vs inline links — is gone
 * at this point, so two versions that read the same have identical block keys.
 */
import type {
  BlockContent,
  DefinitionContent,
  Heading,
  ListItem,
  PhrasingContent,
  Root,
  RootContent,
} from "mdast";
import GithubSlugger from "github-slugger";
import { toString } from "mdast-util-to-string";
import type { BlockContainer, BlockShape, Marks } from "./model.ts";
import { Interner } from "./sequence.ts";
import { ProseTokenizer, countWords, tokenizeCode, tokenizeProse } from "./tokens.ts";
import type { Token } from "./tokens.ts";

/** One block of one version, ready to compare. */
export interface VersionBlock {
  shape: BlockShape;
  tokens: Token[];
  /** Normalised text of the block (tokens joined with their separators). */
  text: string;
  /** Number of words, for the stats when the block is added or removed whole. */
  words: number;
  /**
   * Identity for block alignment: shape (without positions such as table row, list number
   * or heading anchor, which shift when other blocks change) + every token with its
   * separator and marks.
   */
  key: string;
  /**
   * Each token's `key` as an integer from one process-wide vocabulary, so comparing two
   * blocks word by word compares integers and builds no string table per comparison.
   */
  ids: Int32Array;
}

/** A version read once into blocks; the same object can be compared against many others. */
export interface PreparedVersion {
  type: "redline-version";
  blocks: VersionBlock[];
}

/** HTML comments are stripped by the sanitiser and never seen by a reader, so they are not blocks. */
const COMMENT_ONLY = /^\s*(?:<!--[\s\S]*?-->\s*)+$/;

type Definitions = Map<string, string>;

export function prepareVersion(tree: Root): PreparedVersion {
  const definitions: Definitions = new Map();
  collectDefinitions(tree.children, definitions);
  const reader = new BlockReader(definitions);
  reader.read(tree.children, { listDepth: 0, quoteDepth: 0 });
  return { type: "redline-version", blocks: reader.blocks };
}

/** Link reference definitions resolve `[text][id]` links; the first definition of an id wins, as in CommonMark. */
function collectDefinitions(nodes: readonly RootContent[], into: Definitions): void {
  for (const node of nodes) {
    if (node.type === "definition") {
      if (!into.has(node.identifier)) into.set(node.identifier, node.url);
    } else if ("children" in node) {
      collectDefinitions(node.children as RootContent[], into);
    }
  }
}

class BlockReader {
  readonly blocks: VersionBlock[] = [];
  // rehype-slug uses one slugger per page, in document order, so duplicate titles get -1, -2…
  readonly #slugger = new GithubSlugger();
  readonly #definitions: Definitions;

  constructor(definitions: Definitions) {
    this.#definitions = definitions;
  }

  read(
    nodes: readonly (RootContent | BlockContent | DefinitionContent)[],
    at: BlockContainer,
  ): void {
    for (const node of nodes) this.#readNode(node, at);
  }

  #readNode(node: RootContent, at: BlockContainer): void {
    switch (node.type) {
      case "heading":
        this.#push(
          { ...at, kind: "heading", depth: node.depth, anchor: this.#anchor(node) },
          this.#inline(node.children),
        );
        return;
      case "paragraph":
        this.#push({ ...at, kind: "paragraph" }, this.#inline(node.children));
        return;
      case "list": {
        const start = node.ordered ? (node.start ?? 1) : null;
        node.children.forEach((item, i) => {
          this.#listItem(item, start === null ? null : start + i, at);
        });
        return;
      }
      case "blockquote":
        this.read(node.children, { ...at, quoteDepth: at.quoteDepth + 1 });
        return;
      case "table":
        node.children.forEach((row, r) => {
          row.children.forEach((cell, c) => {
            this.#push(
              { ...at, kind: "table-cell", row: r, column: c, header: r === 0 },
              this.#inline(cell.children),
            );
          });
        });
        return;
      case "code":
        this.#push({ ...at, kind: "code", lang: node.lang ?? null }, tokenizeCode(node.value));
        return;
      case "html":
        if (!COMMENT_ONLY.test(node.value)) {
          this.#push({ ...at, kind: "html" }, tokenizeProse(node.value, { html: true }));
        }
        return;
      case "thematicBreak":
        this.#push({ ...at, kind: "rule" }, []);
        return;
      case "footnoteDefinition":
        this.read(node.children, at);
        return;
      default:
        // definitions (already collected), front matter and anything unknown are not prose.
        return;
    }
  }

  #listItem(item: ListItem, number: number | null, at: BlockContainer): void {
    const inside: BlockContainer = { ...at, listDepth: at.listDepth + 1 };
    const [first, ...rest] = item.children;
    // The item's first paragraph is the item's own text; later children are continuation blocks.
    const own = first?.type === "paragraph" ? this.#inline(first.children) : [];
    this.#push(
      {
        ...inside,
        kind: "list-item",
        ordered: number !== null,
        checked: item.checked ?? null,
        number,
      },
      own,
    );
    this.read(first?.type === "paragraph" ? rest : item.children, inside);
  }

  #anchor(node: Heading): string {
    return this.#slugger.slug(toString(node, { includeImageAlt: false, includeHtml: false }));
  }

  #inline(nodes: readonly PhrasingContent[]): Token[] {
    const tokenizer = new ProseTokenizer();
    this.#phrasing(nodes, {}, tokenizer);
    return tokenizer.tokens;
  }

  #phrasing(nodes: readonly PhrasingContent[], marks: Marks, out: ProseTokenizer): void {
    for (const node of nodes) {
      switch (node.type) {
        case "text":
          out.text(node.value, marks);
          break;
        case "strong":
          this.#phrasing(node.children, { ...marks, strong: true }, out);
          break;
        case "emphasis":
          this.#phrasing(node.children, { ...marks, emphasis: true }, out);
          break;
        case "delete":
          this.#phrasing(node.children, { ...marks, strike: true }, out);
          break;
        case "inlineCode":
          out.text(node.value, { ...marks, code: true });
          break;
        case "break":
          out.space();
          break;
        case "link":
          this.#phrasing(node.children, { ...marks, href: node.url.trim() }, out);
          break;
        case "linkReference": {
          const url = this.#definitions.get(node.identifier);
          this.#phrasing(
            node.children,
            url === undefined ? marks : { ...marks, href: url.trim() },
            out,
          );
          break;
        }
        case "image":
          out.text(node.alt ?? "", { ...marks, image: node.url.trim() });
          break;
        case "imageReference":
          out.text(node.alt ?? "", {
            ...marks,
            image: this.#definitions.get(node.identifier) ?? "",
          });
          break;
        case "html":
          out.atom(normalizeHtml(node.value), { ...marks, html: true });
          break;
        case "footnoteReference":
          out.atom(`[^${node.label ?? node.identifier}]`, marks);
          break;
        default:
          break;
      }
    }
  }

  #push(shape: BlockShape, tokens: Token[]): void {
    this.blocks.push(makeBlock(shape, tokens));
  }
}

/**
 * Token keys → ids, shared by every version read in this process (or page). It only grows
 * with the distinct words and marks of the policies compared, a few thousand strings,
 * while ids that mean the same in every version spare each comparison its own table.
 */
const vocabulary = new Interner();

/** A block with its text, key and token ids computed once, as every comparison needs them. */
export function makeBlock(shape: BlockShape, tokens: Token[]): VersionBlock {
  // Joining parts gives flat strings; `+=` per token would leave long cons-string chains
  // in the heap that the first comparison then has to flatten (and the GC to trace).
  const textParts: string[] = [];
  const ids = new Int32Array(tokens.length);
  tokens.forEach((token, i) => {
    textParts.push(token.sep, token.text);
    ids[i] = vocabulary.id(token.key);
  });
  return {
    shape,
    tokens,
    text: textParts.join(""),
    words: countWords(tokens),
    key: blockKey(shape, tokens),
    ids,
  };
}

/** `<br>`, `<br/>` and `<br />` are the same line break; other HTML keeps its (space-normalised) source. */
function normalizeHtml(value: string): string {
  return /^<br\s*\/?>$/i.test(value.trim()) ? "<br>" : value;
}

/** A block's shape as it compares: kind, depth, list marker and nesting (not positions). */
export function shapeKey(shape: BlockShape): string {
  const at = `q${shape.quoteDepth}l${shape.listDepth}`;
  switch (shape.kind) {
    case "heading":
      return `h${shape.depth}${at}`;
    case "list-item":
      return `li${shape.ordered ? "o" : "u"}${String(shape.checked)}${at}`;
    case "table-cell":
      return `td${shape.column}${shape.header ? "h" : ""}${at}`;
    case "code":
      return `code:${shape.lang ?? ""}${at}`;
    default:
      return `${shape.kind}${at}`;
  }
}

export function blockKey(shape: BlockShape, tokens: readonly Token[]): string {
  const parts = [shapeKey(shape)];
  // Marks are part of a block's identity (a changed link target makes the block change)
  // though not of a word's (tokens.ts).
  for (const token of tokens)
    parts.push("\u0002", token.sep, "\u0003", token.style, "\u0001", token.key);
  return parts.join("");
}

/**
 * A one-line Markdown-like prefix for a block on one side, so the normalised text of a
 * version also records its structure (a heading that becomes a paragraph is a change).
 */
export function blockPrefix(shape: BlockShape): string {
  const quote = "> ".repeat(shape.quoteDepth);
  const indent = "  ".repeat(Math.max(0, shape.listDepth - (shape.kind === "list-item" ? 1 : 0)));
  switch (shape.kind) {
    case "heading":
      return `${quote}${indent}${"#".repeat(shape.depth)} `;
    case "list-item": {
      const task = shape.checked === null ? "" : shape.checked ? "[x] " : "[ ] ";
      return `${quote}${indent}${shape.ordered ? "1." : "-"} ${task}`;
    }
    case "table-cell":
      return `${quote}${indent}|${shape.header ? "#" : ""}${shape.column} `;
    case "code":
      return `${quote}${indent}\`\`\`${shape.lang ?? ""} `;
    case "rule":
      return `${quote}${indent}---`;
    default:
      return `${quote}${indent}`;
  }
}

/** The normalised text of a version: one line per block, prefix + text. */
export function preparedText(version: PreparedVersion): string {
  return version.blocks.map((block) => blockPrefix(block.shape) + block.text).join("\n");
}
