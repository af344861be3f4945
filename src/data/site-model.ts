/**
 * The one place routes get their data: the content collections turned into the site
 * model (src/site/site-model.ts) once per build, with today's date from the AS_OF rule.
 */
import { getCollection, getEntry } from "astro:content";
import type { CalendarDate } from "../dates/index.ts";
import { buildSiteModel, type SiteModel } from "../site/index.ts";
import type { VersionHeading } from "../render/index.ts";
import { resolveToday } from "../dates/index.ts";

let model: Promise<SiteModel> | undefined;

async function loadSiteModel(): Promise<SiteModel> {
  const siteEntry = await getEntry("site", "site");
  if (!siteEntry) throw new Error("content/site.yml was not loaded");
  const site = siteEntry.data;
  const entries = await getCollection("versions");
  const versions = entries.map((entry) => {
    const [policy, effective] = entry.id.split("/") as [string, CalendarDate];
    const metadata: Record<string, unknown> = entry.rendered?.metadata ?? {};
    return {
      policy,
      effective,
      frontMatter: entry.data,
      body: entry.body ?? "",
      html: entry.rendered?.html ?? "",
      headings: (metadata["headings"] ?? []) as VersionHeading[],
      sha256: String(metadata["sha256"] ?? ""),
    };
  });
  const today = resolveToday({ asOf: process.env["AS_OF"], timeZone: site.timezone });
  return buildSiteModel({ site, versions, today });
}

/** The site model for this build, computed on first use. */
export function getSiteModel(): Promise<SiteModel> {
  model ??= loadSiteModel();
  return model;
}
