import { describe, expect, it } from "vitest";
import config from "../../astro.config.mjs";

describe("the Astro configuration", () => {
  it("stops the build when two routes would write the same file, instead of dropping one", () => {
    expect(config.experimental?.failOnPrerenderConflict).toBe(true);
  });
});
