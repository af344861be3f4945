/**
 * One classification of each version's change (none, formatting, links, wording), given
 * alike by the API, the feeds and the notice e-mail, on tests/fixtures/text-changes/
 * (one version per kind).
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { policyApi, policyApiSchema } from "../../src/outputs/api.ts";
import { loadContent } from "../../src/content/content.ts";
import type { CalendarDate } from "../../src/dates/dates.ts";
import { TEXT_CHANGE_SCHEME, atomFeed } from "../../src/outputs/feeds.ts";
import { noticeEmail } from "../../src/outputs/notice-email.ts";
import { buildSiteModel } from "../../src/site/site-model.ts";
import { fixturesDir } from "../support/build.ts";

const model = buildSiteModel({
  ...loadContent(join(fixturesDir, "text-changes")),
  today: "2020-06-01" as CalendarDate,
});
const policy = model.policies[0];

describe("the kind of each change", () => {
  it("is in the API as text_change, null for the first version", () => {
    if (!policy) throw new Error("the fixture has a policy");
    const json = policyApiSchema.parse(JSON.parse(policyApi(model, policy)));
    expect(json.versions.map((version) => `${version.effective} ${version.text_change}`)).toEqual([
      "2020-01-01 null",
      "2020-02-01 none",
      "2020-03-01 formatting",
      "2020-04-01 links",
      "2020-05-01 wording",
    ]);
  });

  it("is a category of each feed entry", () => {
    const feed = atomFeed(model, policy);
    const categories = [
      ...feed.matchAll(/<category scheme="([^"]+)" term="([^"]+)" label="([^"]+)"\/>/g),
    ];
    expect(categories.map((m) => `${m[1]} ${m[2]} ${m[3]}`)).toEqual([
      `${TEXT_CHANGE_SCHEME} wording Wording changed`,
      `${TEXT_CHANGE_SCHEME} links Links only`,
      `${TEXT_CHANGE_SCHEME} formatting Formatting only`,
      `${TEXT_CHANGE_SCHEME} none Text unchanged`,
    ]);
  });

  it("is said in the notice e-mail", () => {
    const version = policy?.versions.at(-1);
    if (!version) throw new Error("the fixture has versions");
    const { text, html } = noticeEmail(model, version);
    expect(text).toContain("Kind of change: Wording changed.");
    expect(html).toContain('<p data-text-change="wording">Kind of change: Wording changed.</p>');
  });
});
