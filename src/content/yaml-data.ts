/**
 * YAML data (front matter, site.yml) checked against a Zod schema, with every problem
 * pointing at the line an editor has to change.
 *
 * YAML is read with the `core` schema: `announced: 2026-01-31` stays the text
 * "2026-01-31" instead of becoming an instant in the machine's time zone.
 */
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node } from "yaml";
import type { z } from "astro/zod";
import { closestWord, type ContentProblem } from "./content-error.ts";

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: ContentProblem[] };

/** The line (in the file) of the entry a path reaches, e.g. `["related_sites", 1, "url"]`. */
export type LineOf = (path: readonly PropertyKey[]) => number | undefined;

/**
 * The text of a file as an editor saved it, for parsing: without a byte-order mark and with
 * `\n` line endings (Windows and old Mac editors write `\r\n` and `\r`).
 */
export function editorText(text: string): string {
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

/**
 * Parses `yamlText` (which starts on line `firstLine` of `file`) and validates it with
 * `schema`. Returns the typed value or every problem found, each with its line.
 */
export function parseYamlData<Schema extends z.ZodTypeAny>(
  yamlText: string,
  schema: Schema,
  where: { file: string; firstLine: number; what: string },
): Parsed<z.output<Schema>> & { lineOf?: LineOf } {
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { schema: "core", lineCounter, prettyErrors: false });
  const toFileLine = (offset: number) => lineCounter.linePos(offset).line + where.firstLine - 1;

  if (document.errors.length > 0) {
    return {
      ok: false,
      problems: document.errors.map((error) => ({
        file: where.file,
        line: toFileLine(error.pos[0]),
        message: `${where.what} is not valid YAML: ${firstSentence(error.message)}`,
      })),
    };
  }

  // The line of the deepest entry `path` reaches (a key's own line for a map entry), so a
  // mistake in `related_sites[1].url` points at that url, not at `related_sites:`.
  const lineOf: LineOf = (path) => {
    let node: unknown = document.contents;
    let line: number | undefined;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && item.key.value === segment);
        if (!pair) break;
        const key = pair.key as Node;
        if (key.range) line = toFileLine(key.range[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof segment === "number") {
        node = node.items[segment];
        const range = (node as Node | undefined)?.range;
        if (range) line = toFileLine(range[0]);
      } else break;
    }
    return line;
  };
  const data: unknown = document.toJS() ?? {};
  if (typeof data !== "object" || Array.isArray(data)) {
    return {
      ok: false,
      problems: [
        {
          file: where.file,
          line: where.firstLine,
          message: `${where.what} must be a list of "key: value" lines`,
        },
      ],
    };
  }

  const result = schema.safeParse(data);
  if (result.success) return { ok: true, value: result.data as z.output<Schema>, lineOf };
  return {
    ok: false,
    problems: zodProblems(result.error, schema, lineOf, where),
  };
}

function zodProblems(
  error: z.ZodError,
  schema: z.ZodTypeAny,
  lineOf: LineOf,
  where: { file: string; firstLine: number; what: string },
): ContentProblem[] {
  const knownKeys = objectKeys(schema);
  return error.issues.flatMap((issue): ContentProblem[] => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => {
        const suggestion = closestWord(key, knownKeys);
        const hint = suggestion
          ? `did you mean "${suggestion}"?`
          : `the known fields are ${knownKeys.join(", ")}`;
        return withLine(where.file, lineOf([...issue.path, key]) ?? where.firstLine, {
          message: `unknown field "${key}" in ${where.what}: ${hint}`,
        });
      });
    }
    const field = issue.path.length > 0 ? `field "${issue.path.join(".")}"` : where.what;
    const missing = issue.code === "invalid_type" && issue.received === "undefined";
    return [
      withLine(where.file, lineOf(issue.path) ?? where.firstLine, {
        message: missing ? `${field} is required` : `${field} ${issue.message}`,
      }),
    ];
  });
}

function withLine(file: string, line: number, rest: { message: string }): ContentProblem {
  return { file, line, ...rest };
}

/** The keys an object schema accepts (seen through refinements and defaults). */
function objectKeys(schema: z.ZodTypeAny): string[] {
  let inner: z.ZodTypeAny = schema;
  for (;;) {
    const definition = inner._def as { schema?: z.ZodTypeAny; innerType?: z.ZodTypeAny };
    const next = definition.schema ?? definition.innerType;
    if (!next) break;
    inner = next;
  }
  const shape = (inner as Partial<z.AnyZodObject>).shape;
  return shape ? Object.keys(shape) : [];
}

function firstSentence(message: string): string {
  return message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "") ?? message;
}
