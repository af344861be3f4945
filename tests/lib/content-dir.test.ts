import { describe, expect, it } from "vitest";
import { contentDirectory } from "../../src/lib/content-dir.ts";

describe("the content folder", () => {
  it("is content/ in the project", () => {
    expect(contentDirectory("/srv/redline", {})).toBe("/srv/redline/content");
  });

  it("is REDLINE_CONTENT_DIR when set, relative to the project or absolute", () => {
    expect(contentDirectory("/srv/redline", { REDLINE_CONTENT_DIR: "../corpus" })).toBe(
      "/srv/corpus",
    );
    expect(contentDirectory("/srv/redline", { REDLINE_CONTENT_DIR: "/tmp/content" })).toBe(
      "/tmp/content",
    );
  });

  it("ignores an empty REDLINE_CONTENT_DIR", () => {
    expect(contentDirectory("/srv/redline", { REDLINE_CONTENT_DIR: "" })).toBe(
      "/srv/redline/content",
    );
  });
});
