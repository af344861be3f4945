import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { CalendarDate } from "../../src/lib/dates.ts";
import {
  decodeEntities,
  excerptParts,
  parseSearchRequest,
  searchFilters,
  searchRequestQueryString,
  searchStatus,
  toSearchResult,
  versionSearchAttributes,
} from "../../src/lib/search.ts";

const day = (value: string) => value as CalendarDate;

describe("what a version page tells the index", () => {
  it("maps the timeline status to the status readers filter on", () => {
    expect(searchStatus({ kind: "past", until: day("2026-12-16") })).toBe("archived");
    expect(searchStatus({ kind: "current" })).toBe("current");
    expect(searchStatus({ kind: "upcoming" })).toBe("upcoming");
  });

  it("declares policy, status and date filters and the title metadata from attributes", () => {
    const attributes = versionSearchAttributes({
      policy: "privacy",
      title: "Privacy Policy",
      effective: day("2026-12-16"),
      status: { kind: "upcoming" },
    });
    expect(attributes).toMatchObject({
      "data-search-policy": "privacy",
      "data-search-title": "Privacy Policy",
      "data-search-effective": "2026-12-16",
      "data-search-status": "upcoming",
    });
    // Every attribute the Pagefind captures name is one the element carries.
    const captured = [attributes["data-pagefind-filter"], attributes["data-pagefind-meta"]]
      .join(",")
      .split(",")
      .map((capture) => /\[(.+)\]/.exec(capture)?.[1]);
    for (const name of captured) expect(attributes).toHaveProperty(name as string);
    expect(attributes["data-pagefind-filter"]).toMatch(
      /^policy\[.+\], status\[.+\], effective\[.+\]$/,
    );
    // Metadata is searched like text: a status or date there would match words the policy lacks.
    expect(attributes["data-pagefind-meta"]).toMatch(/^title\[[^,]+\]$/);
  });
});

describe("the search request in the URL", () => {
  it("reads the query, the include-all flag and the policy", () => {
    expect(parseSearchRequest("?q=delete+my+data&all=1&policy=privacy")).toEqual({
      query: "delete my data",
      all: true,
      policy: "privacy",
    });
    expect(parseSearchRequest("?q=%20cookies%20")).toEqual({
      query: "cookies",
      all: false,
      policy: undefined,
    });
    expect(parseSearchRequest("")).toEqual({ query: "", all: false, policy: undefined });
    expect(parseSearchRequest("?q=x&all=yes&policy=")).toEqual({
      query: "x",
      all: false,
      policy: undefined,
    });
  });

  it("writes a shareable query string that reads back the same", () => {
    expect(searchRequestQueryString({ query: "cookies", all: false, policy: undefined })).toBe(
      "?q=cookies",
    );
    expect(searchRequestQueryString({ query: "", all: false, policy: undefined })).toBe("");
    expect(searchRequestQueryString({ query: "a&b", all: true, policy: "terms" })).toBe(
      "?q=a%26b&all=1&policy=terms",
    );
    fc.assert(
      fc.property(
        fc.string().map((text) => text.trim()),
        fc.boolean(),
        fc.option(fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/), { nil: undefined }),
        (query, all, policy) => {
          const request = { query, all, policy };
          expect(parseSearchRequest(searchRequestQueryString(request))).toEqual(request);
        },
      ),
    );
  });

  it("searches only the versions in effect today unless asked for all", () => {
    expect(searchFilters({ query: "x", all: false, policy: undefined })).toEqual({
      status: ["current"],
    });
    expect(searchFilters({ query: "x", all: true, policy: undefined })).toEqual({});
    expect(searchFilters({ query: "x", all: true, policy: "privacy" })).toEqual({
      policy: "privacy",
    });
    expect(searchFilters({ query: "x", all: false, policy: "privacy" })).toEqual({
      status: ["current"],
      policy: "privacy",
    });
  });
});

describe("a Pagefind result as the reader sees it", () => {
  const data = {
    url: "/privacy/2014-03-15/",
    excerpt: "page <mark>cookies</mark>",
    meta: { title: "Privacy Policy" },
    filters: { policy: ["privacy"], status: ["archived"], effective: ["2014-03-15"] },
    sub_results: [
      {
        title: "Use of Cookies",
        url: "/privacy/2014-03-15/#use-of-cookies",
        excerpt: "A <mark>cookie</mark> is a small data file &amp; more",
        anchor: { element: "h3", id: "use-of-cookies", text: "Use of Cookies" },
      },
      {
        title: "Sharing Information",
        url: "/privacy/2014-03-15/#sharing-information",
        excerpt: "<mark>cookies</mark>",
        anchor: { element: "h3", id: "sharing-information" },
      },
    ],
  };

  it("links to the section that matched best, with policy, date, status and excerpt", () => {
    expect(toSearchResult(data)).toEqual({
      url: "/privacy/2014-03-15/#use-of-cookies",
      policyTitle: "Privacy Policy",
      effective: "2014-03-15",
      status: "archived",
      section: "Use of Cookies",
      excerpt: [
        { text: "A ", matched: false },
        { text: "cookie", matched: true },
        { text: " is a small data file & more", matched: false },
      ],
    });
  });

  it("falls back to the page when the match is before any heading", () => {
    const result = toSearchResult({
      ...data,
      sub_results: [
        { title: "Privacy Policy", url: "/privacy/2014-03-15/", excerpt: "<mark>x</mark>" },
      ],
    });
    expect(result.url).toBe("/privacy/2014-03-15/");
    expect(result.section).toBeUndefined();
    expect(toSearchResult({ ...data, sub_results: [] }).url).toBe("/privacy/2014-03-15/");
  });

  it("ignores metadata it does not recognise instead of showing it", () => {
    const result = toSearchResult({
      ...data,
      filters: { effective: ["2014-02-30"], status: ["gone"] },
    });
    expect(result.effective).toBeUndefined();
    expect(result.status).toBeUndefined();
  });
});

describe("excerpts are text, never HTML", () => {
  it("decodes character references and keeps unknown ones as written", () => {
    expect(decodeEntities("a &amp; b &lt;i&gt; &quot;q&quot; &#39;s&#x27; &bogus; &#0;")).toBe(
      `a & b <i> "q" 's' &bogus; &#0;`,
    );
  });

  it("turns Pagefind's <mark> into matched parts and drops any other markup", () => {
    expect(excerptParts("x <MARK>y</MARK> <b>z</b> &lt;script&gt;")).toEqual([
      { text: "x ", matched: false },
      { text: "y", matched: true },
      { text: " z <script>", matched: false },
    ]);
    expect(excerptParts("")).toEqual([]);
  });

  it("keeps every character of the text it was given", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string(), fc.boolean())), (pieces) => {
        const encode = (text: string) =>
          text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
        const excerpt = pieces
          .map(([text, hit]) => (hit ? `<mark>${encode(text)}</mark>` : encode(text)))
          .join("");
        const parts = excerptParts(excerpt);
        expect(parts.map((part) => part.text).join("")).toBe(pieces.map(([text]) => text).join(""));
      }),
    );
  });
});
