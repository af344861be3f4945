/**
 * Bounds on the work one version file can cause, checked before and right after parsing.
 *
 * Markdown parsers are fast on real text but not on every text: micromark matches emphasis
 * and link brackets in time that grows with the square of their number in a paragraph
 * (150 KB of `*a**` took 36 s), and both the parser and the HTML stages recurse once per
 * level of nesting, so 2,000 nested `>` overflow the stack. CommonMark leaves such limits
 * to implementations (markdown-it stops nesting at 20 in its CommonMark mode); these are
 * far above what any real policy needs (the largest version of GitHub's privacy statement
 * is 59 KB with lines of at most 1,163 characters and lists 3 deep) and low enough that the
 * worst file within them is checked in seconds. Each limit gives the editor its line and a
 * plain way out.
 */
import type { Root as MdastRoot } from "mdast";

export const MARKDOWN_LIMITS = {
  /** Size of a version file, front matter included. */
  fileBytes: 256 * 1024,
  /** Characters on one line. */
  lineLength: 10_000,
  /** Levels of lists, quotes and HTML elements inside one another. */
  nesting: 20,
  /** Emphasis and link marks (`*`, `_`, `[`, `]`) in one paragraph or table row. */
  marksPerParagraph: 1_000,
} as const;

/** A limit the text goes over: `line` is 1-based within the Markdown body. */
export interface LimitProblem {
  line: number | undefined;
  message: string;
}

const CONTAINER_MARKER = /^[ \t]*(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const MARKS = /[*_[\]]/g;

/** The message for any nesting too deep, told at the line where it goes over the limit. */
export const TOO_DEEPLY_NESTED = `too deeply nested: lists, quotes and HTML elements may nest ${MARKDOWN_LIMITS.nesting} levels deep; flatten the structure`;

/** Size of a file, in the units an editor sees in a file manager. */
function kilobytes(bytes: number): string {
  return `${Math.ceil(bytes / 1024)} KB`;
}

/** The file as a whole: refused before it is decoded when it is too large. */
export function fileSizeProblem(bytes: number): string | undefined {
  return bytes > MARKDOWN_LIMITS.fileBytes
    ? `the file is ${kilobytes(bytes)}; a version may be at most ${kilobytes(MARKDOWN_LIMITS.fileBytes)}: split the policy into several policies, or move long annexes to their own policy`
    : undefined;
}

/** Line length, nesting written as line prefixes, and marks per paragraph: before parsing. */
export function markdownLimitProblems(body: string): LimitProblem[] {
  const problems: LimitProblem[] = [];
  let fence: string | undefined;
  let paragraph = { line: 0, marks: 0, reported: false };
  const countMarks = (text: string, line: number, startsParagraph: boolean) => {
    if (startsParagraph) paragraph = { line, marks: 0, reported: false };
    paragraph.marks += text.match(MARKS)?.length ?? 0;
    if (paragraph.marks > MARKDOWN_LIMITS.marksPerParagraph && !paragraph.reported) {
      paragraph.reported = true;
      problems.push({
        line: paragraph.line,
        message: `this paragraph has more than ${MARKDOWN_LIMITS.marksPerParagraph.toLocaleString("en")} emphasis or link marks (* _ [ ]): it would take too long to read; split it into paragraphs`,
      });
    }
  };

  let previousBlank = true;
  body.split("\n").forEach((text, index) => {
    const line = index + 1;
    if (text.length > MARKDOWN_LIMITS.lineLength) {
      problems.push({
        line,
        message: `this line is ${text.length.toLocaleString("en")} characters long; a line may be at most ${MARKDOWN_LIMITS.lineLength.toLocaleString("en")}: break it into several lines or paragraphs`,
      });
    }
    const opensOrClosesFence = FENCE.exec(text)?.[1];
    if (fence) {
      if (opensOrClosesFence?.startsWith(fence)) fence = undefined;
      return;
    }
    if (opensOrClosesFence) {
      fence = opensOrClosesFence;
      return;
    }
    const blank = text.trim() === "";
    if (!blank) {
      // A table row is read cell by cell: count it alone.
      countMarks(text, line, previousBlank || text.includes("|"));
      if (!THEMATIC_BREAK.test(text) && prefixDepth(text) > MARKDOWN_LIMITS.nesting) {
        problems.push({ line, message: TOO_DEEPLY_NESTED });
      }
    }
    previousBlank = blank;
  });
  return problems;
}

/** How many `>` and list markers open the line: each is one level of nesting. */
function prefixDepth(text: string): number {
  let depth = 0;
  let rest = text;
  for (let match = CONTAINER_MARKER.exec(rest); match; match = CONTAINER_MARKER.exec(rest)) {
    depth++;
    if (depth > MARKDOWN_LIMITS.nesting) break;
    rest = rest.slice(match[0].length);
  }
  return depth;
}

/**
 * HTML elements that never nest in themselves: those with no end tag, those whose end tag
 * may be left out, and `<a>`, which the HTML parser closes when the next `<a>` opens (old
 * policies often leave `<a name="…">` anchors unclosed).
 */
const NOT_NESTING = new Set(
  "area base br col embed hr img input link meta source track wbr p li dt dd tr td th thead tbody tfoot option rp rt a nobr".split(
    " ",
  ),
);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>/g;

/**
 * Nesting in the parsed tree: lists and quotes (nested by indentation, which the line
 * prefixes do not show), raw HTML elements, which the HTML stages recurse into, and any
 * node at all (emphasis inside links inside emphasis…). Walks in document order with its
 * own stack, so a deep tree cannot overflow it.
 */
export function treeNestingProblem(tree: MdastRoot): LimitProblem | undefined {
  type Node = MdastRoot | MdastRoot["children"][number];
  const stack: { node: Node; depth: number; nodes: number }[] = [
    { node: tree, depth: 0, nodes: 0 },
  ];
  let htmlDepth = 0;
  const tooDeep = (line: number | undefined): LimitProblem => ({
    line,
    message: TOO_DEEPLY_NESTED,
  });
  while (stack.length > 0) {
    const { node, depth, nodes } = stack.pop() as (typeof stack)[number];
    const level = depth + (node.type === "blockquote" || node.type === "list" ? 1 : 0);
    const start = node.position?.start.line;
    if (level > MARKDOWN_LIMITS.nesting || nodes > MAX_TREE_DEPTH) return tooDeep(start);
    if (node.type === "html") {
      for (const match of node.value.matchAll(TAG)) {
        const [, closing, name = "", selfClosing] = match;
        if (NOT_NESTING.has(name.toLowerCase()) || selfClosing) continue;
        htmlDepth = Math.max(0, htmlDepth + (closing ? -1 : 1));
        if (level + htmlDepth > MARKDOWN_LIMITS.nesting) {
          const before = node.value.slice(0, match.index).split("\n").length - 1;
          return tooDeep(start === undefined ? undefined : start + before);
        }
      }
    }
    if ("children" in node) {
      for (let index = node.children.length - 1; index >= 0; index--) {
        const child = node.children[index] as Node;
        stack.push({ node: child, depth: level, nodes: nodes + 1 });
      }
    }
  }
  return undefined;
}

/** Any node inside any other: the HTML stages recurse once per level. */
const MAX_TREE_DEPTH = MARKDOWN_LIMITS.nesting * 5;
