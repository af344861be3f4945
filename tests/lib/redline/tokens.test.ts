import { describe, expect, it } from "vitest";
import {
  ProseTokenizer,
  countWords,
  marksKey,
  normalizeSpace,
  tokenizeCode,
  tokenizeProse,
  type Token,
} from "../../../src/redline/tokens.ts";

/** The text tokens spell out. */
const spelled = (tokens: readonly Token[]) =>
  tokens.map((token) => token.sep + token.text).join("");

describe("tokens", () => {
  it("splits prose into words and punctuation, keeping inner apostrophes and hyphens", () => {
    const tokens = tokenizeProse("GitHub's opt-in  data, v3.5!");
    expect(tokens.map((t) => [t.sep, t.text])).toEqual([
      ["", "GitHub's"],
      [" ", "opt-in"],
      [" ", "data"],
      ["", ","],
      [" ", "v3.5"],
      ["", "!"],
    ]);
    expect(countWords(tokens)).toBe(4);
  });

  it("normalises whitespace across inline segments", () => {
    const tokenizer = new ProseTokenizer();
    tokenizer.text("  foo\n", {});
    tokenizer.text(" bar", { strong: true });
    tokenizer.space();
    tokenizer.text("baz ", {});
    expect(spelled(tokenizer.tokens)).toBe("foo bar baz");
    expect(normalizeSpace(" a \n\t b ")).toBe("a b");
  });

  it("keys tokens by text, not by marks or separator; raw HTML apart from words", () => {
    const [a] = tokenizeProse("word", {});
    const [b] = tokenizeProse("x word", {}).slice(1);
    const [c] = tokenizeProse("word", { href: "https://a", emphasis: true });
    const [d] = tokenizeProse("word", { html: true });
    expect(a?.key).toBe(b?.key);
    expect(a?.key).toBe(c?.key);
    expect(a?.key).not.toBe(d?.key);
    expect(a?.style).not.toBe(c?.style);
    expect(marksKey({ strong: true, href: "u" })).toBe("s@u");
  });

  it("keeps code whitespace exactly", () => {
    const code = "if (x) {\n    y();\n}";
    expect(spelled(tokenizeCode(code))).toBe(code);
  });
});
