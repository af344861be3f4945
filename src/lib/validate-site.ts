/**
 * Everything `npm run check` and the first stage of every build verify, in one call:
 * the content is valid and the site model can be built for today.
 */
import { loadContent } from "./content.ts";
import { buildSiteModel, type SiteModel } from "./site-model.ts";
import { resolveToday } from "./today.ts";

/** Loads, validates and models the content. Throws ContentError or AsOfError. */
export function validateSite(options: {
  contentDir: string;
  projectRoot: string;
  asOf: string | undefined;
  now?: Date;
}): SiteModel {
  const content = loadContent(options.contentDir, options.projectRoot);
  const today = resolveToday({
    asOf: options.asOf,
    timeZone: content.site.timezone,
    ...(options.now ? { now: options.now } : {}),
  });
  return buildSiteModel({ site: content.site, versions: content.versions, today });
}
