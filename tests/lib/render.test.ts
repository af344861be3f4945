import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../src/render/markdown.ts";
import { renderVersion } from "../../src/render/render.ts";

const render = (markdown: string) => renderVersion(parseMarkdown(markdown));

describe("rendering a version", () => {
  it("puts the body's top heading level under the page's <h1>, without skipping levels", () => {
    const { html, headings } = render(
      "# iSocket\n\nIntro\n\n### Use of Cookies\n\nText\n\n##### Detail\n",
    );
    expect(html).toContain('<h2 id="isocket">iSocket</h2>');
    expect(html).toContain('<h3 id="use-of-cookies">Use of Cookies</h3>');
    expect(html).toContain('<h4 id="detail">Detail</h4>');
    expect(headings).toEqual([
      { depth: 2, text: "iSocket", slug: "isocket" },
      { depth: 3, text: "Use of Cookies", slug: "use-of-cookies" },
      { depth: 4, text: "Detail", slug: "detail" },
    ]);
  });

  it("gives every heading a stable anchor: the same text gives the same anchor in every version", () => {
    const older = render("## Use of Cookies\n\nOld text.\n\n## Contact\n");
    const newer = render(
      "## Data Retention\n\nNew.\n\n## Use of Cookies\n\nNew text.\n\n## Contact\n",
    );
    const anchor = (r: typeof older, text: string) => r.headings.find((h) => h.text === text)?.slug;
    expect(anchor(newer, "Use of Cookies")).toBe(anchor(older, "Use of Cookies"));
    expect(anchor(newer, "Contact")).toBe("contact");
  });

  it("removes what could run script even if validation were bypassed", () => {
    const { html, unsafe } = render(
      '<p onclick="x()">Hi</p>\n\n<script>x()</script>\n\n[a](javascript:x())\n',
    );
    expect(html).not.toMatch(/onclick|<script|javascript:/);
    expect(unsafe.map((u) => u.what)).toEqual([
      "an event-handler attribute (onclick)",
      "a <script> element",
      "a script URL (javascript:x())",
    ]);
  });

  it("escapes text: markup written as text stays text", () => {
    const { html } = render("Use `<img src=x onerror=alert(1)>` and 1 < 2 & 3 > 2\n");
    expect(html).toContain("<code>&#x3C;img src=x onerror=alert(1)></code>");
    expect(html).toContain("1 &#x3C; 2 &#x26; 3 > 2");
  });

  it("keeps links, e-mail links and GFM tables", () => {
    const { html } = render(
      "Write to [support](mailto:support@isocket.com) or see <https://example.com>.\n\n| A | B |\n|---|---|\n| 1 | 2 |\n",
    );
    expect(html).toContain('<a href="mailto:support@isocket.com">support</a>');
    expect(html).toContain('<a href="https://example.com">https://example.com</a>');
    expect(html).toContain("<th>A</th>");
  });
});
