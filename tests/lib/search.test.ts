import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { CalendarDate } from "../../src/dates/dates.ts";
import {
  bestWordSubset,
  byVersion,
  decodeEntities,
  excerptParts,
  otherVersionCounts,
  parseSearchRequest,
  parseVersionKeys,
  queryWords,
  resultCount,
  resultDates,
  searchBundle,
  searchFilters,
  searchRequestQueryString,
  searchStatus,
  toSearchResult,
  versionKey,
} from "../../src/search/search.ts";

const day = (value: string) => value as CalendarDate;

describe("what a version page tells the index", () => {
  it("maps the timeline status to the status readers filter on", () => {
    expect(searchStatus({ kind: "past", until: day("2026-12-16") })).toBe("archived");
    expect(searchStatus({ kind: "current" })).toBe("current");
    expect(searchStatus({ kind: "upcoming" })).toBe("upcoming");
  });

  it("lists a record's versions as keys that read back newest first, skipping anything else", () => {
    expect(versionKey(day("2014-03-15"), "archived")).toBe("2014-03-15 archived");
    expect(
      parseVersionKeys([
        "2014-03-15 archived",
        "2026-12-16 upcoming",
        "2020-01-01 current",
        "2020-02-30 current",
        "2021-01-01 retired",
        "nonsense",
      ]),
    ).toEqual([
      { effective: "2026-12-16", status: "upcoming" },
      { effective: "2020-01-01", status: "current" },
      { effective: "2014-03-15", status: "archived" },
    ]);
    expect(parseVersionKeys(undefined)).toEqual([]);
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

  it("filters on the policy chosen, whatever the scope (the scope picks the bundle)", () => {
    expect(searchFilters({ query: "x", all: false, policy: undefined })).toEqual({});
    expect(searchFilters({ query: "x", all: true, policy: undefined })).toEqual({});
    expect(searchFilters({ query: "x", all: true, policy: "privacy" })).toEqual({
      policy: "privacy",
    });
    expect(searchFilters({ query: "x", all: false, policy: "privacy" })).toEqual({
      policy: "privacy",
    });
  });
});

describe("which bundle answers a search", () => {
  it("uses the small bundle of today's versions unless the reader includes all versions", () => {
    expect(searchBundle({ all: false })).toBe("/pagefind/in-effect/");
    expect(searchBundle({ all: true })).toBe("/pagefind/");
  });
});

describe("a Pagefind result as the reader sees it", () => {
  const titles = { privacy: "Privacy Policy" };
  const data = {
    url: "/privacy/2026-12-16/#use-of-cookies",
    excerpt: "A <mark>cookie</mark> is a small data file &amp; more",
    meta: { title: "Use of Cookies" },
    filters: {
      policy: ["privacy"],
      status: ["upcoming", "current", "archived"],
      version: ["2026-12-16 upcoming", "2020-01-01 current", "2014-03-15 archived"],
    },
  };

  it("links to the section in the version in effect, with policy, date, status and excerpt", () => {
    expect(toSearchResult(data, titles)).toEqual({
      url: "/privacy/2020-01-01/#use-of-cookies",
      policyTitle: "Privacy Policy",
      effective: "2020-01-01",
      status: "current",
      section: "Use of Cookies",
      otherVersions: 2,
      excerpt: [
        { text: "A ", matched: false },
        { text: "cookie", matched: true },
        { text: " is a small data file & more", matched: false },
      ],
    });
  });

  it("shows the newest version that has the text when the version in effect does not", () => {
    const result = toSearchResult(
      {
        ...data,
        filters: { ...data.filters, version: ["2014-03-15 archived", "2026-12-16 upcoming"] },
      },
      titles,
    );
    expect(result).toMatchObject({
      url: "/privacy/2026-12-16/#use-of-cookies",
      effective: "2026-12-16",
      status: "upcoming",
      otherVersions: 1,
    });
    const archived = toSearchResult(
      { ...data, filters: { ...data.filters, version: ["2014-03-15 archived"] } },
      titles,
    );
    expect(archived).toMatchObject({
      url: "/privacy/2014-03-15/#use-of-cookies",
      status: "archived",
      otherVersions: 0,
    });
  });

  it("links to the version itself for text before any heading", () => {
    const result = toSearchResult(
      { ...data, url: "/privacy/2026-12-16/", meta: { title: "Privacy Policy" } },
      titles,
    );
    expect(result.url).toBe("/privacy/2020-01-01/");
    expect(result.section).toBeUndefined();
  });

  it("keeps Pagefind's URL and shows no date or status it cannot read", () => {
    const result = toSearchResult(
      { ...data, filters: { policy: ["terms"], version: ["2014-02-30 gone"] } },
      titles,
    );
    expect(result).toMatchObject({
      url: "/privacy/2026-12-16/#use-of-cookies",
      policyTitle: "terms",
      effective: undefined,
      status: undefined,
      otherVersions: 0,
    });
  });
});

describe("a query no section answers whole", () => {
  it("splits a query into words, but leaves a quoted phrase as it is", () => {
    expect(queryWords("  delete   my data ")).toEqual(["delete", "my", "data"]);
    expect(queryWords('"personal data" delete')).toEqual([]);
    expect(queryWords("")).toEqual([]);
  });

  it("keeps as many words as a section has together, choosing the set most sections have", () => {
    const words = ["delete", "my", "data"];
    const found = (...ids: [string, number][]) => ids.map(([id, score]) => ({ id, score }));
    // Two sections have "delete" and "data"; one has "delete" and "my", with a higher score.
    expect(
      bestWordSubset(words, [
        found(["rights", 2], ["retention", 1], ["optout", 9]),
        found(["optout", 9], ["cookies", 1]),
        found(["rights", 3], ["retention", 1], ["sharing", 9]),
      ]),
    ).toEqual(["delete", "data"]);
    // As many sections for each set: the higher score wins.
    expect(
      bestWordSubset(words, [found(["a", 1], ["b", 1]), found(["b", 5]), found(["a", 1])]),
    ).toEqual(["delete", "my"]);
    // No two words together: the word most sections have.
    expect(bestWordSubset(words, [found(["a", 9]), found(), found(["b", 1], ["c", 1])])).toEqual([
      "data",
    ]);
    expect(bestWordSubset(words, [found(), found(), found()])).toEqual([]);
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

describe("what other versions have, and when a result's version applied", () => {
  const record = (...versions: string[]) => ({ filters: { version: versions } });

  it("counts the results in upcoming and in past versions (a text both have counts for each)", () => {
    expect(
      otherVersionCounts([
        record("2026-12-16 upcoming"),
        record("2022-08-01 archived", "2019-05-01 archived"),
        record("2026-12-16 upcoming", "2019-05-01 archived"),
      ]),
    ).toEqual({ upcoming: 2, archived: 2 });
    expect(otherVersionCounts([])).toEqual({ upcoming: 0, archived: 0 });
  });

  it("says counts and dates in words", () => {
    expect([0, 1, 2].map((count) => resultCount(count))).toEqual([
      "no results",
      "1 result",
      "2 results",
    ]);
    expect(resultDates("archived", day("2019-05-01"), day("2022-07-31"))).toBe(
      "Effective May 1, 2019 to July 31, 2022",
    );
    expect(resultDates("current", day("2024-02-01"), undefined)).toBe("Effective February 1, 2024");
    expect(resultDates("upcoming", day("2026-12-16"), undefined)).toBe(
      "Takes effect December 16, 2026",
    );
  });
});

describe("results over every version", () => {
  it("come by version: in effect, then upcoming, then past newest first; relevance within one", () => {
    const found = [
      { id: "a", status: "archived", effective: day("2019-05-01") },
      { id: "b", status: "archived", effective: day("2022-08-01") },
      { id: "c", status: "upcoming", effective: day("2026-12-16") },
      { id: "d", status: "current", effective: day("2024-02-01") },
      { id: "e", status: "archived", effective: day("2022-08-01") },
    ] as const;
    expect([...found].sort(byVersion).map((result) => result.id)).toEqual([
      "d",
      "c",
      "b",
      "e",
      "a",
    ]);
  });
});
