/**
 * One version file, `content/<policy>/<YYYY-MM-DD>.md`, read and checked on its own.
 *
 * Windows line endings and a byte-order mark are how some editors save files: they are
 * accepted. Anything else that is off is a problem naming the file and line.
 */
import matter from "gray-matter";
import { isCalendarDate, type CalendarDate } from "../dates/index.ts";
import type { ContentProblem } from "./content-error.ts";
import {
  fileSizeProblem,
  markdownLimitProblems,
  parseMarkdown,
  renderVersion,
  TOO_DEEPLY_NESTED,
  treeNestingProblem,
  type RenderedVersion,
  type VersionHeading,
} from "../render/index.ts";
import { packVersion, prepareVersion, type PackedVersion } from "../redline/index.ts";
import {
  SUMMARY_PLACEHOLDER,
  versionFrontMatterSchema,
  type VersionFrontMatter,
} from "./schema.ts";
import { sha256Hex } from "./version-file.ts";
import { readability, textBlocks, type Readability } from "../readability/index.ts";
import type { z } from "astro/zod";
import { editorText, parseYamlData, type LineOf, type Parsed } from "./yaml-data.ts";
import { lifecycleProblems } from "../lifecycle/index.ts";

/**
 * The one record of a version: its front matter as the schema (schema.ts) validated it,
 * flat, with where each key is written, its file, bytes and rendered body. Every other
 * view of a version (the site model's, the notice rule's, the lock's…) is this record,
 * extended or narrowed with `Pick`, never a copy of its fields.
 */
export interface VersionRecord extends Omit<VersionFrontMatter, "announced"> {
  /** The policy's URL slug: the file's folder name. */
  policy: string;
  /** The file name: the day the version takes effect, in the site's time zone. */
  effective: CalendarDate;
  /** The day the version was published: the `announced` key, or `effective` without it. */
  announced: CalendarDate;
  /** The 1-based line of each front-matter key the file writes, for messages. */
  lines: FrontMatterLines;
  /** The Markdown body, with line endings normalized to `\n` and no byte-order mark. */
  body: string;
  html: string;
  headings: VersionHeading[];
  /**
   * The body read into the blocks a redline compares, packed (src/redline/transfer.ts):
   * made here from the same tree as `html`, so that redlines and the compare page's data
   * never parse the Markdown again.
   */
  redlineBlocks: PackedVersion;
  /** Path relative to the project, for messages and links to the source. */
  file: string;
  /** The file's bytes exactly as committed, served at `/<policy>/<YYYY-MM-DD>.md`. */
  bytes: Uint8Array<ArrayBuffer>;
  /** SHA-256 (hex) of `bytes`. */
  sha256: string;
  /**
   * Words, sentences, reading time and reading ease of the text (src/readability/),
   * counted once from the Markdown tree as the file is read.
   */
  readability: Readability;
}

/** Where each key of a version's front matter is written in its file. */
export type FrontMatterLines = Partial<Record<keyof VersionFrontMatter, number>>;

/** Front matter written in a language that runs code when parsed (gray-matter evals it). */
const EXECUTABLE_FRONT_MATTER = /^---[ \t]*(js|javascript|coffee|coffeescript|cson)\b/i;

/**
 * gray-matter picks an engine from the opening line; every engine here refuses to run
 * code. YAML itself is parsed later, with line numbers, by parseYamlData.
 */
export const SAFE_ENGINES = {
  yaml: { parse: () => ({}) },
  js: refuseEngine,
  javascript: refuseEngine,
  coffee: refuseEngine,
  coffeescript: refuseEngine,
  cson: refuseEngine,
  json: refuseEngine,
  toml: refuseEngine,
};
function refuseEngine(): never {
  throw new Error("front matter must be YAML");
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Decodes UTF-8 strictly; on failure, finds the first line that is not UTF-8. */
function decodeUtf8(bytes: Uint8Array): { text: string } | { badLine: number } {
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    let line = 1;
    let start = 0;
    for (let index = 0; index <= bytes.length; index++) {
      if (index === bytes.length || bytes[index] === 0x0a) {
        try {
          utf8.decode(bytes.subarray(start, index));
        } catch {
          return { badLine: line };
        }
        line++;
        start = index + 1;
      }
    }
    return { badLine: line };
  }
}

/**
 * A body parsed once, then rendered, read into redline blocks and measured for
 * readability from that one tree.
 */
type RenderedBody = RenderedVersion & { redlineBlocks: PackedVersion; readability: Readability };

/** Bodies already read in one load, by their language and text (see `readVersionSource`). */
export type RenderedBodies = Map<string, ReturnType<typeof parseAndRender>>;

/**
 * The body parsed once, then rendered and read into redline blocks from that one tree; or
 * the limits it goes over (src/render/limits.ts), with lines within the body. A stack
 * overflow that the limits did not foresee is still told as too deep nesting, never as a
 * crash.
 */
function parseAndRender(
  body: string,
  language: string,
): RenderedBody | { limits: { line: number | undefined; message: string }[] } {
  const before = markdownLimitProblems(body);
  if (before.length > 0) return { limits: before };
  try {
    const tree = parseMarkdown(body);
    const nesting = treeNestingProblem(tree);
    if (nesting) return { limits: [nesting] };
    return {
      ...renderVersion(tree),
      redlineBlocks: packVersion(prepareVersion(tree)),
      readability: readability(textBlocks(tree), language),
    };
  } catch (error) {
    if (error instanceof RangeError)
      return { limits: [{ line: undefined, message: TOO_DEEPLY_NESTED }] };
    throw error;
  }
}

/**
 * Reads one version file. `file` is its project-relative path, `policy/name` from its
 * location; `imageHosts` are the hosts site.yml lets images come from. `renderedBodies`,
 * shared by the files of one load, lets a version whose body is the same text as one
 * already read (a change to the front matter only) share that body's rendering, HTML and
 * redline blocks, rather than parse it again.
 */
export function readVersionSource(
  bytes: Uint8Array<ArrayBuffer>,
  location: { file: string; policy: string; fileName: string },
  rules: {
    imageHosts: readonly string[];
    /** The text's language, for its reading-ease formula (default `en`). */
    language?: string;
  } = { imageHosts: [] },
  renderedBodies: RenderedBodies = new Map(),
): Parsed<VersionRecord> {
  const { file, policy } = location;
  const problem = (line: number | undefined, message: string): Parsed<VersionRecord> => ({
    ok: false,
    problems: [line === undefined ? { file, message } : { file, line, message }],
  });

  const effective = location.fileName.replace(/\.md$/, "");
  if (!isCalendarDate(effective)) {
    return problem(
      undefined,
      `the file name must be the effective date as a real calendar day, YYYY-MM-DD.md (e.g. 2026-01-31.md), not "${location.fileName}"`,
    );
  }

  const source = readMarkdownSource(bytes, file, versionFrontMatterSchema, rules, renderedBodies);
  if (!source.ok) return source;
  const { frontMatter: parsedFrontMatter, lines, lineOf, ...rendered } = source.value;
  const { announced = effective, ...frontMatter } = parsedFrontMatter;
  if (announced > effective) {
    return problem(
      lines.announced ?? 1,
      `announced (${announced}) is after the effective date (${effective}, the file name): a version is announced on or before the day it takes effect`,
    );
  }
  const lifecycle = lifecycleProblems({ ...parsedFrontMatter, effective, announced });
  if (lifecycle.length > 0) {
    return {
      ok: false,
      problems: lifecycle.map(({ key, index, message }) => ({
        file,
        line: (index === undefined ? undefined : lineOf?.([key, index])) ?? lines[key] ?? 1,
        message,
      })),
    };
  }

  return {
    ok: true,
    value: { ...frontMatter, policy, effective, announced, lines, ...rendered },
  };
}

/** A Markdown file with front matter read and checked: what versions and translations share. */
export type MarkdownSource<FrontMatter> = Pick<
  VersionRecord,
  "body" | "html" | "headings" | "redlineBlocks" | "readability" | "file" | "bytes" | "sha256"
> & {
  frontMatter: FrontMatter;
  /** The 1-based line of each front-matter key the file writes, for messages. */
  lines: Partial<Record<keyof FrontMatter, number>>;
  /** The line of a nested front-matter value (e.g. `["postponed", 1]`), for messages. */
  lineOf: LineOf | undefined;
};

/**
 * Reads one Markdown file of the content folder: its bytes as UTF-8, its front matter
 * against `schema`, its body rendered within the limits and the safety rules. Every
 * problem names `file` and its line.
 */
export function readMarkdownSource<Schema extends z.ZodTypeAny>(
  bytes: Uint8Array<ArrayBuffer>,
  file: string,
  schema: Schema,
  rules: {
    imageHosts: readonly string[];
    /** The text's language, for its reading-ease formula (default `en`). */
    language?: string;
  } = { imageHosts: [] },
  renderedBodies: RenderedBodies = new Map(),
): Parsed<MarkdownSource<z.output<Schema>>> {
  const problem = (
    line: number | undefined,
    message: string,
  ): Parsed<MarkdownSource<z.output<Schema>>> => ({
    ok: false,
    problems: [line === undefined ? { file, message } : { file, line, message }],
  });

  const tooLarge = fileSizeProblem(bytes.length);
  if (tooLarge) return problem(undefined, tooLarge);

  const decoded = decodeUtf8(bytes);
  if ("badLine" in decoded) {
    return problem(
      decoded.badLine,
      "the file is not UTF-8 text: save it as UTF-8 in your editor (it is probably Windows-1252 or Latin-1)",
    );
  }
  const text = editorText(decoded.text);

  if (EXECUTABLE_FRONT_MATTER.test(text)) {
    return problem(
      1,
      "front matter written in JavaScript or CoffeeScript is refused (it would run code): use YAML between two --- lines",
    );
  }
  if (!/^---[ \t]*\n/.test(text)) {
    return problem(1, 'the file must start with front matter: a "---" line, "title: …", and "---"');
  }
  if (!/\n---[ \t]*(?:\n|$)/.test(text)) {
    return problem(1, 'the front matter is not closed: add a "---" line after its last field');
  }

  let split: { matter: string; content: string };
  try {
    split = matter(text, { engines: SAFE_ENGINES });
  } catch {
    return problem(1, "front matter must be YAML between two --- lines");
  }

  const problems: ContentProblem[] = [];
  const parsed = parseYamlData(split.matter, schema, {
    file,
    firstLine: 1,
    what: "the front matter",
  });
  if (!parsed.ok) problems.push(...parsed.problems);

  const bodyStart = text.length - split.content.length;
  const bodyLine = text.slice(0, bodyStart).split("\n").length;
  const body = split.content;
  if (body.trim() === "") {
    problems.push({
      file,
      line: bodyLine,
      message: "the policy text is empty: write it below the front matter",
    });
  }

  // `npm run new` leaves "TODO:" lines for the editor; none may be published.
  body.split("\n").forEach((line, index) => {
    if (line.trimStart().startsWith(SUMMARY_PLACEHOLDER)) {
      problems.push({
        file,
        line: bodyLine + index,
        message: `placeholder text is still in the policy ("${line.trim().slice(0, 40)}"): replace it with the policy's text`,
      });
    }
  });

  const fileLine = (line: number | undefined) =>
    line === undefined ? bodyLine : bodyLine + line - 1;
  const language = rules.language ?? "en";
  // Keyed by language too: a body's reading ease depends on the formula of its language.
  const renderedKey = `${language}\n${body}`;
  let rendered = renderedBodies.get(renderedKey);
  if (!rendered) {
    rendered = parseAndRender(body, language);
    renderedBodies.set(renderedKey, rendered);
  }
  if ("limits" in rendered) {
    for (const limit of rendered.limits) {
      problems.push({ file, line: fileLine(limit.line), message: limit.message });
    }
    return { ok: false, problems: problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) };
  }
  for (const unsafe of rendered.unsafe) {
    problems.push({
      file,
      line: fileLine(unsafe.line),
      message: `raw HTML that could run script is not allowed: ${unsafe.what}; remove it (plain links, anchors, <details>, <br> and tables are fine)`,
    });
  }
  for (const hidden of rendered.hidden) {
    problems.push({ file, line: fileLine(hidden.line), message: hidden.what });
  }
  for (const image of rendered.remoteImages) {
    const base = "https://invalid.invalid";
    const host = URL.canParse(image.url, base)
      ? new URL(image.url, base).host.toLowerCase()
      : image.url;
    if (rules.imageHosts.includes(host)) continue;
    problems.push({
      file,
      line: fileLine(image.line),
      message: `an image from another site (${image.url.slice(0, 80)}) would be loaded by every reader's browser, telling that site who reads the policy: put the image in the site's public/ folder, or allow its host in site.yml (image_hosts: [${host}])`,
    });
  }
  for (const { id, lines } of rendered.duplicateIds) {
    const [first, repeat] = [fileLine(lines[0]), fileLine(lines[1])];
    problems.push({
      file,
      line: repeat,
      message: `the anchor "${id}" is given twice, on lines ${first} and ${repeat} (a heading's anchor comes from its text, or from id="…"): links and the search need each to be unique, so rename one`,
    });
  }

  if (!parsed.ok || problems.length > 0) {
    // In file order, the order an editor fixes them in.
    return { ok: false, problems: problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) };
  }

  const lines: Partial<Record<keyof z.output<Schema>, number>> = {};
  for (const key of Object.keys(parsed.value as object) as (keyof z.output<Schema>)[]) {
    const line = parsed.lineOf?.([key]);
    if (line !== undefined) lines[key] = line;
  }

  return {
    ok: true,
    value: {
      frontMatter: parsed.value,
      lines,
      lineOf: parsed.lineOf,
      body,
      html: rendered.html,
      headings: rendered.headings,
      redlineBlocks: rendered.redlineBlocks,
      readability: rendered.readability,
      file,
      bytes,
      sha256: sha256Hex(bytes),
    },
  };
}
