import { describe, expect, it } from "vitest";
import { ContentError, closestWord, formatProblem } from "../../src/content/content-error.ts";

describe("content problems", () => {
  it("name the file and line the way editors' tools read them", () => {
    expect(formatProblem({ file: "content/privacy/2014-03-15.md", line: 3, message: "boom" })).toBe(
      "content/privacy/2014-03-15.md:3: boom",
    );
    expect(formatProblem({ file: "content/site.yml", message: "missing" })).toBe(
      "content/site.yml: missing",
    );
  });

  it("are all carried by one error, not just the first", () => {
    const error = new ContentError([
      { file: "a.md", line: 1, message: "one" },
      { file: "b.md", message: "two" },
    ]);
    expect(error.problems).toHaveLength(2);
    expect(error.message).toBe("The content has 2 problems:\na.md:1: one\nb.md: two");
  });

  it("suggest the field an editor probably meant", () => {
    const fields = ["title", "material", "summary", "announced"];
    expect(closestWord("materal", fields)).toBe("material");
    expect(closestWord("anounced", fields)).toBe("announced");
    expect(closestWord("Title", fields)).toBe("title");
    expect(closestWord("colour", fields)).toBeUndefined();
  });
});
