/**
 * The language of the page being rendered: the authoritative one, or the translation whose
 * tree the page is in (`/de/…` routes, src/pages/[lang]/, have the parameter `lang`).
 */
import type { SiteLanguage } from "../i18n/index.ts";
import { siteLanguage } from "../site/index.ts";
import { getSiteModel } from "./site-model.ts";

export async function pageLanguage(
  params: Record<string, string | undefined>,
): Promise<SiteLanguage> {
  return siteLanguage(await getSiteModel(), params["lang"]);
}
