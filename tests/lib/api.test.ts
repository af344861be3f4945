import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { policiesApi, policyApi, policyApiSchema } from "../../src/outputs/api.ts";
import { loadContent } from "../../src/content/content.ts";
import type { CalendarDate } from "../../src/dates/dates.ts";
import { buildSiteModel } from "../../src/site/site-model.ts";
import { copyContent, fixturesDir, seedContent } from "../support/build.ts";

const modelOn = (today: string) =>
  buildSiteModel({ ...loadContent(seedContent), today: today as CalendarDate });

/** Each version as `effective status until`, from the published JSON. */
function timeline(today: string): string[] {
  const model = modelOn(today);
  const policy = model.policies[0];
  if (!policy) throw new Error("the seed has a policy");
  const json = policyApiSchema.parse(JSON.parse(policyApi(model, policy)));
  return json.versions.map(
    (version) => `${version.effective} ${version.status} ${version.in_effect_until ?? "-"}`,
  );
}

describe("the JSON API", () => {
  it("says each version's status and until when it is in effect, as of the build", () => {
    expect(timeline("2026-06-01")).toEqual([
      "2014-03-15 current 2026-12-16",
      "2026-12-16 upcoming -",
    ]);
    expect(timeline("2027-02-01")).toEqual(["2014-03-15 past 2026-12-16", "2026-12-16 current -"]);
  });

  it("links each version's page, source and changes, absolute, on the site's host", () => {
    const model = modelOn("2026-11-28");
    const all = JSON.parse(policiesApi(model)) as {
      as_of: string;
      policies: { versions: { urls: Record<string, string | null> }[] }[];
    };
    expect(all.as_of).toBe("2026-11-28");
    expect(all.policies[0]?.versions.map((version) => version.urls)).toEqual([
      {
        page: "https://policies.isocket.com/privacy/2014-03-15/",
        source: "https://policies.isocket.com/privacy/2014-03-15.md",
        changes: null,
        pdf: null,
      },
      {
        page: "https://policies.isocket.com/privacy/2026-12-16/",
        source: "https://policies.isocket.com/privacy/2026-12-16.md",
        changes: "https://policies.isocket.com/privacy/changes/2026-12-16/",
        pdf: null,
      },
    ]);
  });
});

describe("each version's readability and PDF in the API", () => {
  const versionsOf = (contentDir: string, today = "2026-11-28") => {
    const model = buildSiteModel({ ...loadContent(contentDir), today: today as CalendarDate });
    return model.policies.flatMap((policy) =>
      policyApiSchema
        .parse(JSON.parse(policyApi(model, policy)))
        .versions.map((version) => ({ policy: policy.slug, ...version })),
    );
  };

  it("gives the words, reading time and reading ease its page shows", () => {
    // The figures `npm run check` prints for the same file (tests/scripts/readability.test.ts):
    // 17 words in 2 sentences, 61 syllables: 206.835 − 1.015 × 8.5 − 84.6 × 61/17 = −105.4.
    const terms = versionsOf(join(fixturesDir, "readability")).find(
      (version) => version.policy === "terms",
    );
    expect(terms?.readability).toEqual({
      words: 17,
      reading_minutes: 1,
      reading_ease: { formula: "Flesch", score: -105.4 },
    });
  });

  it("says the reading ease is not computed (null) in a language without a formula", () => {
    const content = copyContent();
    const site = join(content, "site.yml");
    writeFileSync(site, `${readFileSync(site, "utf8")}\nlanguage: nl\n`);
    const [first] = versionsOf(content);
    expect(first?.readability.reading_ease).toBeNull();
    expect(first?.readability.words).toBeGreaterThan(0);
  });

  it("links the PDF of every version, withdrawn ones included, only when site.yml says pdf: true", () => {
    expect(versionsOf(join(fixturesDir, "pdf")).map((version) => version.urls.pdf)).toEqual([
      "https://policies.example.com/privacy/2020-01-01.pdf",
      "https://policies.example.com/privacy/2021-03-01.pdf",
    ]);
    expect(versionsOf(seedContent).map((version) => version.urls.pdf)).toEqual([null, null]);
    const withdrawn = copyContent(join(fixturesDir, "lifecycle-withdrawn"));
    const site = join(withdrawn, "site.yml");
    writeFileSync(site, `${readFileSync(site, "utf8")}\npdf: true\n`);
    expect(versionsOf(withdrawn, "2026-12-10").map((version) => version.urls.pdf)).toEqual([
      "https://policies.example.com/privacy/2026-01-01.pdf",
      "https://policies.example.com/privacy/2027-01-15.pdf",
    ]);
  });
});
