import { describe, expect, it } from "vitest";
import { formatProblem } from "../../src/content/content-error.ts";
import { readVersionSource } from "../../src/content/version-source.ts";

const FILE = "content/privacy/2026-01-31.md";

function read(source: string | Uint8Array<ArrayBuffer>, fileName = "2026-01-31.md") {
  const bytes = typeof source === "string" ? new TextEncoder().encode(source) : source;
  return readVersionSource(bytes, {
    file: `content/privacy/${fileName}`,
    policy: "privacy",
    fileName,
  });
}

/** The problems as editors see them: `file:line: message`. */
function problems(source: string | Uint8Array<ArrayBuffer>, fileName?: string): string[] {
  const result = read(source, fileName);
  return result.ok ? [] : result.problems.map(formatProblem);
}

const valid = "---\ntitle: Privacy Policy\n---\n\n## Use of Cookies\n\nWe use cookies.\n";

describe("a valid version", () => {
  it("gives its policy, effective date, defaults and rendered text", () => {
    const result = read(valid);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const version = result.value;
    expect(version).toMatchObject({
      policy: "privacy",
      effective: "2026-01-31",
      announced: "2026-01-31",
      file: FILE,
      title: "Privacy Policy",
      material: false,
      corrections: [],
      lines: { title: 2 },
    });
    expect(version.html).toContain('<h2 id="use-of-cookies">Use of Cookies</h2>');
    expect(version.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("keeps dates as calendar days, never instants", () => {
    const result = read(
      "---\ntitle: T\nmaterial: true\nsummary: S\nannounced: 2026-01-01\n---\nText\n",
    );
    expect(result.ok && result.value.announced).toBe("2026-01-01");
  });

  it("accepts Windows line endings and a byte-order mark, with the same result", () => {
    const windows = read("\uFEFF" + valid.replace(/\n/g, "\r\n"));
    const unix = read(valid);
    expect(windows.ok && unix.ok).toBe(true);
    if (windows.ok && unix.ok) {
      expect(windows.value.html).toBe(unix.value.html);
      expect(windows.value.body).toBe(unix.value.body);
      // The same record but for the bytes as committed and their hash.
      const record = (value: typeof unix.value) => ({ ...value, bytes: [], sha256: "" });
      expect(record(windows.value)).toEqual(record(unix.value));
    }
  });

  it("renders the harmless HTML real policies use", () => {
    const result = read(
      [
        "---",
        "title: T",
        "---",
        '<a name="cookies" id="cookies"></a>',
        "",
        "<details><summary>More detail</summary>",
        "",
        "Line one<br>line two",
        "",
        "</details>",
        "",
        "| Data | Kept |",
        "| --- | --- |",
        "| Logs | 90 days |",
        "",
      ].join("\n"),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.html).toContain('<a name="cookies" id="cookies"></a>');
    expect(result.value.html).toContain("<details><summary>More detail</summary>");
    expect(result.value.html).toContain("Line one<br>line two");
    expect(result.value.html).toContain("<td>90 days</td>");
  });
});

describe("every editor mistake is named with its file and line", () => {
  it("malformed YAML", () => {
    expect(problems("---\ntitle: Privacy\nmaterial: [true\n---\nText\n")).toEqual([
      expect.stringMatching(
        /^content\/privacy\/2026-01-31\.md:[34]: the front matter is not valid YAML/,
      ),
    ]);
  });

  it("an unknown field, with the likely intended one", () => {
    expect(problems("---\ntitle: T\nmateral: true\n---\nText\n")).toEqual([
      `${FILE}:3: unknown field "materal" in the front matter: did you mean "material"?`,
    ]);
  });

  it("a missing title", () => {
    expect(problems("---\nmaterial: false\n---\nText\n")).toEqual([
      `${FILE}:1: field "title" is required`,
    ]);
  });

  it("a mistyped field", () => {
    expect(problems('---\ntitle: T\nmaterial: "yes"\n---\nText\n')).toEqual([
      `${FILE}:3: field "material" must be true or false`,
    ]);
    expect(problems("---\ntitle: T\nannounced: 2026-13-01\n---\nText\n")).toEqual([
      `${FILE}:3: field "announced" must be a real calendar date written YYYY-MM-DD`,
    ]);
  });

  it("a file name that is not a real calendar date", () => {
    expect(problems(valid, "2023-02-30.md")).toEqual([
      expect.stringMatching(
        /^content\/privacy\/2023-02-30\.md: the file name must be the effective date/,
      ),
    ]);
    expect(problems(valid, "march-2026.md")[0]).toMatch(/YYYY-MM-DD\.md/);
  });

  it("announced after the effective date", () => {
    expect(problems("---\ntitle: T\nannounced: 2026-02-01\n---\nText\n")).toEqual([
      `${FILE}:3: announced (2026-02-01) is after the effective date (2026-01-31, the file name): a version is announced on or before the day it takes effect`,
    ]);
  });

  it("material: true without a summary", () => {
    expect(problems("---\ntitle: T\nmaterial: true\n---\nText\n")).toEqual([
      `${FILE}:1: field "summary" is required when material is true: say in plain language what changes for readers`,
    ]);
  });

  it("an empty body", () => {
    expect(problems("---\ntitle: T\n---\n\n   \n")).toEqual([
      `${FILE}:4: the policy text is empty: write it below the front matter`,
    ]);
  });

  it("a file that is not UTF-8, with the first bad line", () => {
    const latin1 = Buffer.concat([
      Buffer.from("---\ntitle: T\n---\nCaf"),
      Buffer.from([0xe9]),
      Buffer.from("\n"),
    ]);
    expect(problems(latin1)).toEqual([
      expect.stringMatching(/^content\/privacy\/2026-01-31\.md:4: the file is not UTF-8/),
    ]);
  });

  it("JavaScript front matter is refused and never run", () => {
    const marker = "__redlineFrontMatterRan";
    const source = `---js\n{ title: (globalThis.${marker} = true, "T") }\n---\nText\n`;
    expect(problems(source)).toEqual([
      expect.stringMatching(
        /^content\/privacy\/2026-01-31\.md:1: front matter written in JavaScript/,
      ),
    ]);
    expect(problems(source.replace("---js", "---javascript"))).toHaveLength(1);
    expect(marker in globalThis).toBe(false);
  });

  it("front matter missing or not closed", () => {
    expect(problems("Just text\n")[0]).toMatch(/:1: the file must start with front matter/);
    expect(problems("---\ntitle: T\nText\n")[0]).toMatch(/:1: the front matter is not closed/);
  });

  it("raw HTML that could run script: script elements, event handlers, javascript: URLs", () => {
    const source = [
      "---",
      "title: T",
      "---",
      "Intro",
      "",
      "<script>alert(1)</script>",
      "",
      '<img src="x" onerror="alert(1)">',
      "",
      '[click](javascript:alert(1)) and <a href="java\tscript:alert(1)">tab</a>',
      "",
    ].join("\n");
    expect(problems(source)).toEqual([
      `${FILE}:6: raw HTML that could run script is not allowed: a <script> element; remove it (plain links, anchors, <details>, <br> and tables are fine)`,
      expect.stringMatching(/:8: raw HTML .*event-handler attribute \(onerror\)/),
      expect.stringMatching(/:10: raw HTML .*a script URL \(javascript:alert\(1\)\)/),
      expect.stringMatching(/:10: raw HTML .*a script URL/),
    ]);
  });

  it("placeholder text that npm run new leaves for the editor", () => {
    expect(problems("---\ntitle: T\n---\n\n# T\n\nTODO: write the policy here.\n")).toEqual([
      `${FILE}:7: placeholder text is still in the policy ("TODO: write the policy here."): replace it with the policy's text`,
    ]);
  });

  it("a script URL hidden behind a character reference in a Markdown link", () => {
    expect(problems("---\ntitle: T\n---\n\n[x](java&#9;script:alert(1))\n")).toEqual([
      expect.stringMatching(/:5: raw HTML that could run script is not allowed: a script URL/),
    ]);
  });

  it("reports every problem of a file at once", () => {
    expect(problems("---\ntitel: T\nmaterial: false\n---\n")).toEqual([
      `${FILE}:1: field "title" is required`,
      `${FILE}:2: unknown field "titel" in the front matter: did you mean "title"?`,
      `${FILE}:5: the policy text is empty: write it below the front matter`,
    ]);
  });
});

describe("Markdown that would hide text is refused with its line", () => {
  const body = (...lines: string[]) => ["---", "title: T", "---", ...lines, ""].join("\n");

  it("an HTML comment that is never closed", () => {
    expect(
      problems(body("Kept.", "", "<!-- note for legal: check this", "", "## Data", "", "Lost.")),
    ).toEqual([
      `${FILE}:6: an HTML comment opens here (<!--) and is never closed: everything after it would vanish from the page and the search; close it with --> or remove it`,
    ]);
    // A closed comment is an editor's note, kept out of the page on purpose.
    expect(problems(body("Kept.", "", "<!-- note -->", "", "Also kept."))).toEqual([]);
  });

  it.each(["textarea", "title", "xmp", "plaintext", "noscript", "select"])(
    "an unclosed <%s>, which swallows the text after it",
    (tag) => {
      expect(problems(body("Kept.", "", `<${tag}>`, "", "## Data", "", "Lost."))).toEqual([
        `${FILE}:6: <${tag}> is not allowed in a policy: the page would drop it and hide or move the text in it; remove it (plain links, anchors, <details>, <br> and tables are fine)`,
      ]);
    },
  );

  it("a <details> never closed, which folds the rest of the policy away", () => {
    expect(
      problems(
        body("<details><summary>More</summary>", "", "Folded.", "", "## Data", "", "Also folded."),
      ),
    ).toEqual([
      `${FILE}:4: a <details> opens here and is never closed (no </details>): everything after it would be folded away; close it where its content ends`,
    ]);
    expect(
      problems(body("<details><summary>More</summary>", "", "Folded.", "", "</details>")),
    ).toEqual([]);
  });

  it("an element the page would unwrap", () => {
    expect(problems(body("Kept <font color=red>red</font> text."))[0]).toMatch(
      /:4: <font> is not allowed in a policy/,
    );
  });

  it("two elements with the same anchor, naming both lines", () => {
    expect(problems(body('<h2 id="data">Data we keep</h2>', "", "Text.", "", "## Data"))).toEqual([
      `${FILE}:8: the anchor "data" is given twice, on lines 4 and 8 (a heading's anchor comes from its text, or from id="…"): links and the search need each to be unique, so rename one`,
    ]);
    expect(problems(body('<a name="data"></a>', "", "## Data"))[0]).toMatch(
      /:6: the anchor "data" is given twice, on lines 4 and 6/,
    );
    // The same anchor as id and name of one element is one anchor; repeated headings are numbered.
    expect(problems(body('<a name="x" id="x"></a>', "", "## A", "", "## A"))).toEqual([]);
  });
});

describe("a version's body is parsed once", () => {
  it("shares the rendering of a body already read in the same load (a change to the front matter only)", () => {
    const rendered = new Map();
    const readIn = (source: string, fileName: string) =>
      readVersionSource(
        new TextEncoder().encode(source),
        { file: `content/privacy/${fileName}`, policy: "privacy", fileName },
        { imageHosts: [] },
        rendered,
      );
    const first = readIn(valid, "2026-01-31.md");
    const second = readIn(valid.replace("Privacy Policy", "Privacy Notice"), "2026-02-28.md");
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    expect(second.value.title).toBe("Privacy Notice");
    expect(second.value.redlineBlocks).toBe(first.value.redlineBlocks);
    expect(second.value.headings).toBe(first.value.headings);
  });
});
