import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent, RESERVED_POLICY_SLUGS } from "../../src/content/content.ts";
import { ContentError, formatProblem } from "../../src/content/content-error.ts";
import { isPolicySlug } from "../../src/content/schema.ts";
import { projectRoot, writeContent } from "../support/build.ts";

/** `feed.xml.ts` → `feed.xml` and `feed`; `search.astro` → `search`. */
function namesOf(file: string): string[] {
  const route = file.replace(/\.(astro|ts|js|md)$/, "");
  return [route, route.split(".")[0] ?? route];
}

/** Every name the site writes at its top level, and beside each per-policy route. */
function writtenNames(): string[] {
  const names = new Set(["pagefind", "_astro", "404", "500"]);
  for (const entry of readdirSync(join(projectRoot, "public")))
    namesOf(entry).forEach((n) => names.add(n));
  const walk = (folder: string, top: boolean) => {
    const entries = readdirSync(folder, { withFileTypes: true });
    const perPolicy = entries.some((entry) => entry.name.startsWith("[policy]"));
    for (const entry of entries) {
      if (entry.name.startsWith("[")) {
        if (entry.isDirectory()) walk(join(folder, entry.name), false);
        continue;
      }
      if (top || perPolicy) namesOf(entry.name).forEach((n) => names.add(n));
      if (entry.isDirectory()) walk(join(folder, entry.name), false);
    }
  };
  walk(join(projectRoot, "src/pages"), true);
  return [...names].sort();
}

describe("policy names the site uses itself", () => {
  it("include every name the site writes at its top level or beside a per-policy route", () => {
    // Only a name that is a valid policy name could be taken by a policy folder.
    const missing = writtenNames().filter(
      (name) => isPolicySlug(name) && !RESERVED_POLICY_SLUGS.has(name),
    );
    expect(writtenNames()).toEqual(expect.arrayContaining(["404", "api", "policies", "search"]));
    expect(missing).toEqual([]);
  });

  it.each(["404", "policies", "api", "search", "pagefind"])(
    "a policy folder named %s is refused",
    (name) => {
      const contentDir = writeContent({
        [`${name}/2026-01-01.md`]: "---\ntitle: T\n---\n\nText.\n",
      });
      let error: unknown;
      try {
        loadContent(contentDir, join(contentDir, ".."));
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(ContentError);
      expect((error as ContentError).problems.map(formatProblem)).toEqual([
        `content/${name}: "${name}" is used by the site itself: choose another folder name for this policy`,
      ]);
    },
  );
});
