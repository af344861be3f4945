import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { contentDirectory } from "../../src/content/content-dir.ts";

describe("the content folder", () => {
  it("is content/ in the project", () => {
    expect(contentDirectory("/srv/redline")).toBe("/srv/redline/content");
  });

  it("is the --content option, relative to the working directory", () => {
    expect(contentDirectory("/srv/redline", "/tmp/other")).toBe("/tmp/other");
    expect(contentDirectory("/srv/redline", "fixtures")).toBe(resolve("fixtures"));
  });
});
