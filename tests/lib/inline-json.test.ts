import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { inlineJson } from "../../src/outputs/inline-json.ts";

describe("JSON embedded in a page", () => {
  it("cannot close the element it sits in, and is plain ASCII", () => {
    const title = '</script><script>alert(2)</script> & "Terms" <!-- — ü \u2028';
    const text = inlineJson({ title });
    expect(text).toBe(
      '{"title":"\\u003c/script\\u003e\\u003cscript\\u003ealert(2)\\u003c/script\\u003e \\u0026 \\"Terms\\" \\u003c!-- \\u2014 \\u00fc \\u2028"}',
    );
  });

  it("reads back as the same value", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = inlineJson(value);
        expect(text).toMatch(/^[\x20-\x7e]*$/);
        expect(text).not.toMatch(/[<>&]/);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });
});
