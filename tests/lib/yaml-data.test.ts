import { describe, expect, it } from "vitest";
import { z } from "astro/zod";
import { parseYamlData } from "../../src/content/yaml-data.ts";

const schema = z.object({ name: z.string(), count: z.number().default(1) }).strict();
const where = { file: "content/x.yml", firstLine: 1, what: "x.yml" };

describe("YAML data with line numbers", () => {
  it("returns the validated value", () => {
    expect(parseYamlData("name: a\n", schema, where)).toMatchObject({
      ok: true,
      value: { name: "a", count: 1 },
    });
  });

  it("keeps dates as text (the YAML core schema has no timestamps)", () => {
    const dates = z.object({ day: z.string() });
    expect(parseYamlData("day: 2026-01-31\n", dates, where)).toMatchObject({
      ok: true,
      value: { day: "2026-01-31" },
    });
  });

  it("says on which line each entry is, nested entries included", () => {
    const sites = z.object({ name: z.string(), sites: z.array(z.object({ url: z.string() })) });
    const result = parseYamlData("\nname: a\nsites:\n  - url: x\n  - url: y\n", sites, where);
    if (!result.ok) throw new Error("valid YAML was refused");
    expect([["name"], ["sites", 1, "url"], ["other"]].map((path) => result.lineOf?.(path))).toEqual(
      [2, 5, undefined],
    );
  });

  it("counts lines from where the YAML starts in the file", () => {
    const result = parseYamlData("\nname: a\ncount: many\n", schema, { ...where, firstLine: 1 });
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          file: "content/x.yml",
          line: 3,
          message: 'field "count" Expected number, received string',
        },
      ],
    });
  });

  it("refuses duplicate keys and documents that are not key: value lines", () => {
    const duplicate = parseYamlData("name: a\nname: b\n", schema, where);
    expect(duplicate.ok === false && duplicate.problems[0]?.message).toMatch(/not valid YAML/);
    const list = parseYamlData("- a\n- b\n", schema, where);
    expect(list.ok === false && list.problems[0]?.message).toBe(
      'x.yml must be a list of "key: value" lines',
    );
  });
});
