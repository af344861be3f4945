/**
 * What a branch changes in `site.yml`, for `npm run changes`: each setting whose value
 * differs between the base's loaded site configuration and the branch's, old → new.
 *
 * Both sides are the configurations src/content/ loaded and validated, defaults applied,
 * so a setting written out with its default value (`notice_rule: advance`) is no change,
 * and a comment or a reordering is none either: only what the site does is compared.
 * Nested settings are named by their path (`readability.min_reading_ease`); a list
 * (`related_sites`, `image_hosts`) is one setting, shown whole.
 */
import type { SiteConfig } from "../content/index.ts";

/** One setting that differs: its dotted path, and its value on each side (undefined: not set). */
export interface SiteSettingChange {
  key: string;
  before: unknown;
  after: unknown;
}

/** The settings of `after` that differ from `before`, sorted by key. */
export function siteSettingChanges(before: SiteConfig, after: SiteConfig): SiteSettingChange[] {
  const old = flatten(before);
  const now = flatten(after);
  return [...new Set([...old.keys(), ...now.keys()])]
    .filter((key) => JSON.stringify(old.get(key)) !== JSON.stringify(now.get(key)))
    .sort()
    .map((key) => ({ key, before: old.get(key), after: now.get(key) }));
}

/** A settings object as `path → value`, objects opened, lists and scalars kept whole. */
function flatten(value: object, prefix = "", into = new Map<string, unknown>()) {
  for (const [key, each] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (each !== null && typeof each === "object" && !Array.isArray(each)) {
      flatten(each, path, into);
    } else if (each !== undefined) {
      into.set(path, each);
    }
  }
  return into;
}
