import { describe, expect, it } from "vitest";
import { safeHref } from "../../src/redline/redline-view.ts";
import { isScriptUrl } from "../../src/render/script-url.ts";

describe("the one rule for link targets in policy text", () => {
  it("finds script URLs however they are disguised", () => {
    expect(
      [
        "javascript:alert(1)",
        " JaVaScRiPt:alert(1)",
        "java\tscript:alert(1)",
        "java%09script:alert(1)",
        "%6Aavascript:alert(1)",
        "vbscript:msgbox(1)",
        "data:text/html,<script>alert(1)</script>",
      ].map(isScriptUrl),
    ).toEqual([true, true, true, true, true, true, true]);
  });

  it("lets every other address through, relative ones included", () => {
    expect(
      [
        "https://example.com/",
        "mailto:a@example.com",
        "tel:+15555550100",
        "#cookies",
        "/privacy/",
      ].map(isScriptUrl),
    ).toEqual([false, false, false, false, false]);
  });

  it("is the rule the redline links by: what validation accepts stays a link", () => {
    expect(safeHref("tel:+15555550100")).toBe("tel:+15555550100");
    expect(safeHref("java%09script:alert(1)")).toBeUndefined();
  });
});
