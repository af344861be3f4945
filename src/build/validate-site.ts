/**
 * Everything `npm run check` and the first stage of every build verify, in one call:
 * the content is valid and the site model can be built for today.
 */
import { loadContent } from "../content/index.ts";
import { ContentError } from "../content/index.ts";
import {
  bindTranslations,
  checkPublishing,
  type PublishingCheck,
  readArchiveHistory,
  readLock,
} from "../archive/index.ts";
import { buildSiteModel, type SiteModel } from "../site/index.ts";
import { resolveToday } from "../dates/index.ts";

export interface SiteValidation {
  contentDir: string;
  projectRoot: string;
  asOf: string | undefined;
  now?: Date;
  /** `check --lock --import`: announcement dates are taken as stated (publishing-checks.ts). */
  importing?: boolean;
  /** Told what an editor should act on that does not stop publishing (e.g. an unlocked version). */
  onWarning?: (message: string) => void;
}

/** Loads, validates and models the content. Throws ContentError or AsOfError. */
export function validateSite(options: SiteValidation): SiteModel {
  const { model, publishing } = assessSite(options);
  if (publishing.problems.length > 0) throw new ContentError(publishing.problems);
  for (const warning of publishing.warnings) options.onWarning?.(warning);
  return model;
}

/**
 * The model of valid content and what the publishing checks (notice rule, lock, history,
 * readability) say of it, without stopping at their problems: for `npm run changes`, which
 * reports them with the changes. Throws ContentError when the content itself is invalid.
 */
export function assessSite(options: Omit<SiteValidation, "onWarning">): {
  model: SiteModel;
  publishing: PublishingCheck;
} {
  const content = loadContent(options.contentDir, options.projectRoot);
  const today = resolveToday({
    asOf: options.asOf,
    timeZone: content.site.timezone,
    ...(options.now ? { now: options.now } : {}),
  });
  // Git history is read once, for the translations' sources and the publishing checks.
  const history = readArchiveHistory(options.contentDir, content.site.timezone);
  const lock = readLock(options.contentDir, options.projectRoot);
  const bound = bindTranslations({
    translations: content.translations,
    versions: content.versions,
    lock: lock.ok ? lock.value : [],
    history,
    contentDir: options.contentDir,
    timeZone: content.site.timezone,
  });
  if (bound.problems.length > 0) throw new ContentError(bound.problems);
  const model = buildSiteModel({
    site: content.site,
    versions: content.versions,
    translationModels: bound.translations,
    today,
    siteSource: content.siteSource,
  });
  // The notice rule and the archive lock (src/archive/publishing-checks.ts). Announcements
  // are proved against the real clock, whatever day the site is built for.
  const recordingDay = resolveToday({
    asOf: undefined,
    timeZone: content.site.timezone,
    ...(options.now ? { now: options.now } : {}),
  });
  const publishing = checkPublishing({
    model,
    recordingDay,
    contentDir: options.contentDir,
    projectRoot: options.projectRoot,
    importing: options.importing ?? false,
    history,
  });
  // Warnings that stop nothing: the translations' sources and the interface's missing words.
  publishing.warnings.push(...bound.warnings);
  for (const language of model.languages) {
    if (language.untranslated.length === 0) continue;
    publishing.warnings.push(
      `site.yml: the interface has no built-in words in ${language.tag} and interface: ${language.tag}: gives ${Object.keys(content.site.interface[language.tag] ?? {}).length} of them; the other ${language.untranslated.length} are shown in English (${language.untranslated.slice(0, 5).join(", ")}${language.untranslated.length > 5 ? ", …" : ""})`,
    );
  }
  return { model, publishing };
}
