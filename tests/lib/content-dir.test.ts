import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { contentDirectory } from "../../src/content/content-dir.ts";

describe("the content folder", () => {
  it("is content/ in the project", () => {
    expect(contentDirectory("/srv/redline", undefined, {})).toBe("/srv/redline/content");
  });

  it("is REDLINE_CONTENT_DIR when set, relative to the project or absolute", () => {
    expect(contentDirectory("/srv/redline", undefined, { REDLINE_CONTENT_DIR: "../corpus" })).toBe(
      "/srv/corpus",
    );
    expect(
      contentDirectory("/srv/redline", undefined, { REDLINE_CONTENT_DIR: "/tmp/content" }),
    ).toBe("/tmp/content");
  });

  it("is the --content option first, relative to the working directory", () => {
    expect(contentDirectory("/srv/redline", "/tmp/other", { REDLINE_CONTENT_DIR: "/x" })).toBe(
      "/tmp/other",
    );
    expect(contentDirectory("/srv/redline", "fixtures")).toBe(resolve("fixtures"));
  });

  it("ignores an empty REDLINE_CONTENT_DIR", () => {
    expect(contentDirectory("/srv/redline", undefined, { REDLINE_CONTENT_DIR: "" })).toBe(
      "/srv/redline/content",
    );
  });
});
