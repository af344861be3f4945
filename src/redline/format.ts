/**
 * A compact, readable plain-text rendering of a redline, in the spirit of
 * `git diff --word-diff`: one line per block, `[-removed-]` and `{+added+}` inside
 * changed blocks. Meant for tests, debugging and the bench — not for the site, which
 * renders the redline data with its own components.
 *
 *   `  ## Scope`                     kept heading
 *   `~ ¶ The [-old-] {+new+} text`   changed paragraph
 *   `+ • An added item`              added list item
 *   `- ¶ A removed paragraph`        removed paragraph
 *   `←1 ¶ Moved text`                 where move 1 left (old text)
 *   `→1 ¶ Moved [-old-] {+new+} text` where move 1 arrived, with its edits
 *   `~ ¶ [a](https://new)⟨was [a](https://old)⟩`  a kept word whose link or formatting changed
 *   `  3.→4. Item`                    a kept list item renumbered
 *   `~…old ¶ Rest of it`              the second part of a split block (its old side goes on
 *                                     the previous line; `…new` for a merge)
 */
import type { BlockShape, BlockStatus, Marks, Redline, RedlineBlock, Run } from "./model.ts";

const STATUS: Record<Exclude<BlockStatus, "moved">, string> = {
  kept: " ",
  added: "+",
  removed: "-",
  changed: "~",
};

/** A short label for a block's kind and container, e.g. `##`, `¶`, `  •`, `> ¶`, `|th`. */
export function blockLabel(shape: BlockShape): string {
  const quote = ">".repeat(shape.quoteDepth);
  const indent = "  ".repeat(Math.max(0, shape.listDepth - (shape.kind === "list-item" ? 1 : 0)));
  const label = ((): string => {
    switch (shape.kind) {
      case "heading":
        return "#".repeat(shape.depth);
      case "paragraph":
        return "¶";
      case "list-item":
        return (
          (shape.ordered ? `${shape.number ?? 1}.` : "•") +
          (shape.checked === null ? "" : shape.checked ? "[x]" : "[ ]")
        );
      case "table-cell":
        return shape.header ? "|th" : "|td";
      case "code":
        return `\`\`\`${shape.lang ?? ""}`;
      case "html":
        return "<>";
      case "rule":
        return "—";
    }
  })();
  return `${quote}${quote ? " " : ""}${indent}${label}`;
}

/** A run's text with its inline marks spelled Markdown-style, leading whitespace kept outside. */
function markedText(run: Run): [lead: string, body: string] {
  const lead = /^\s*/.exec(run.text)?.[0] ?? "";
  const text = run.text.slice(lead.length);
  if (text === "") return [lead, ""];
  const body = withMarks(text, run);
  return [lead, run.was ? `${body}⟨was ${withMarks(text, run.was)}⟩` : body];
}

function withMarks(text: string, run: Marks): string {
  let body = text;
  if (run.code) body = `\`${body}\``;
  if (run.strike) body = `~~${body}~~`;
  if (run.emphasis) body = `_${body}_`;
  if (run.strong) body = `**${body}**`;
  if (run.image !== undefined) body = `![${body}](${run.image})`;
  if (run.href !== undefined) body = `[${body}](${run.href})`;
  return body;
}

function formatRuns(block: RedlineBlock): string {
  let text = "";
  for (const run of block.runs) {
    const [lead, body] = markedText(run);
    if (run.op === "kept" || (block.status !== "changed" && block.status !== "moved"))
      text += lead + body;
    else if (body === "") text += run.op === "removed" ? `[-${lead}-]` : `{+${lead}+}`;
    else text += run.op === "removed" ? `${lead}[-${body}-]` : `${lead}{+${body}+}`;
  }
  return text;
}

export function formatBlock(block: RedlineBlock): string {
  const oldLabel = block.old ? blockLabel(block.old) : "";
  const newLabel = block.new ? blockLabel(block.new) : "";
  const label = !block.old
    ? newLabel
    : !block.new || oldLabel === newLabel
      ? oldLabel
      : `${oldLabel}→${newLabel}`;
  const text = formatRuns(block);
  const status =
    block.status === "moved"
      ? `${block.move?.role === "from" ? "←" : "→"}${block.move?.id ?? ""}`
      : STATUS[block.status];
  // The rest of a split (old side continues) or merged (new side continues) block.
  const rest = block.continues ? `…${block.continues}` : "";
  return `${status}${rest} ${label}${text === "" ? "" : " "}${text}`;
}

/** The whole redline, one line per block (code blocks may span several lines). */
export function formatRedline(redline: Redline): string {
  return redline.blocks.map(formatBlock).join("\n");
}
