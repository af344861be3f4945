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

describe("YAML aliases", () => {
  it("are refused with their line, before they are expanded (an alias bomb)", () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]",
      "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]",
      "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]",
      "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]",
      "name: [*e,*e,*e,*e,*e,*e,*e,*e,*e]",
    ].join("\n");
    const result = parseYamlData(bomb, schema, where);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toEqual({
      file: "content/x.yml",
      line: 2,
      message: "x.yml uses a YAML alias (*a): aliases are not allowed; write the value out in full",
    });
  });

  it("are refused even when small", () => {
    expect(parseYamlData("base: &n a\nname: *n\n", schema, where)).toMatchObject({
      ok: false,
      problems: [{ line: 2, message: expect.stringContaining("YAML alias (*n)") }],
    });
  });
});

describe("YAML nested too deeply", () => {
  it("is told as such, with its line, never as a stack overflow", () => {
    const result = parseYamlData(`name: a\ncount: ${"[".repeat(5_000)}\n`, schema, where);
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          file: "content/x.yml",
          line: 2,
          message:
            "x.yml is nested too deeply to read ([ or { inside one another): write the value out plainly",
        },
      ],
    });
  });
});
