/**
 * The one place routes get their data: the site model the Redline integration validated
 * and built (src/integrations/redline.ts), handed over as a virtual module.
 */
import { siteModel } from "virtual:redline/site-model";
import type { SiteModel } from "../site/index.ts";

/** The site model for this build. */
export function getSiteModel(): Promise<SiteModel> {
  return Promise.resolve(siteModel);
}
