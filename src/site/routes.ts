/**
 * The static paths of every route, from the site model. Route files call these and only
 * render; what exists at which URL is decided here.
 */
import type { PolicyModel, SiteModel, VersionModel, VersionMove } from "./site-model.ts";
import { translationOf } from "./translations.ts";

/** `/<policy>/…` routes: one per policy. */
export function policyRoutes(model: SiteModel) {
  return model.policies.map((policy) => ({
    params: { policy: policy.slug },
    props: { policy },
  }));
}

/** `/<policy>/<YYYY-MM-DD>/` (and its source): one per version, past, current, upcoming and withdrawn. */
export function versionRoutes(model: SiteModel) {
  return model.policies.flatMap((policy) =>
    [...policy.versions, ...policy.withdrawn].map((version) => ({
      params: { policy: policy.slug, date: version.effective },
      props: { policy, version },
    })),
  );
}

/**
 * `/<policy>/<YYYY-MM-DD>/` of a postponed version's old date: a page that says it was
 * postponed and leads to its new date (src/lifecycle/).
 */
export function movedVersionRoutes(model: SiteModel) {
  return model.policies.flatMap((policy) =>
    policy.moves.map((move) => ({
      params: { policy: policy.slug, date: move.from },
      props: { policy, version: move.version, move },
    })),
  );
}

/**
 * `/<policy>/changes/<YYYY-MM-DD>/` of a postponed version's old date, leading to its new
 * date's changes page: only for a version that has one (not a policy's first version).
 */
export function movedChangeRoutes(model: SiteModel) {
  return movedVersionRoutes(model).filter(({ props }) => props.version.previous !== undefined);
}

/** `/<policy>/<YYYY-MM-DD>/print/`: the page each PDF is printed from, only when site.yml says `pdf: true`. */
export function printRoutes(model: SiteModel) {
  return model.site.pdf ? versionRoutes(model) : [];
}

/** `/<policy>/changes/<YYYY-MM-DD>/`: one per version that has a version before it. */
export function changeRoutes(model: SiteModel) {
  return model.policies.flatMap((policy) =>
    [...policy.versions, ...policy.withdrawn].flatMap((version) => {
      // A withdrawn version's `previous` is the version it would have replaced.
      const previous = policy.versions.find((each) => each.effective === version.previous);
      return previous
        ? [
            {
              params: { policy: policy.slug, date: version.effective },
              props: { policy, version, previous },
            },
          ]
        : [];
    }),
  );
}

export type PolicyRouteProps = { policy: PolicyModel };
export type VersionRouteProps = { policy: PolicyModel; version: VersionModel };
export type MovedVersionRouteProps = VersionRouteProps & { move: VersionMove };

/**
 * The routes of a translation's tree (`/de/…`, src/pages/[lang]/): every route of the
 * authoritative tree (`routes`, or one route without parameters), once per translation
 * language, with the parameter `lang` (its URL segment). Empty on a site with one language.
 */
export function translatedRoutes<Route extends { params: Record<string, string>; props: object }>(
  model: SiteModel,
  routes: readonly Route[] = [{ params: {}, props: {} } as Route],
) {
  return model.languages
    .filter((language) => !language.authoritative)
    .flatMap((language) =>
      routes.map((route) => ({
        params: { ...route.params, lang: language.prefix.slice(1) },
        props: route.props,
      })),
    );
}

/**
 * The versions that have a translation, once per translation language, with the parameter
 * `lang`: the translations' own files (sources, compare data, notice e-mails). `versions`
 * narrows the versions of each policy (e.g. to those with a notice e-mail).
 */
export function translatedVersionRoutes(
  model: SiteModel,
  versions: (policy: PolicyModel) => readonly VersionModel[] = (policy) => policy.versions,
) {
  return model.languages
    .filter((language) => !language.authoritative)
    .flatMap((language) =>
      model.policies.flatMap((policy) =>
        versions(policy)
          .filter((version) => translationOf(version, language.tag))
          .map((version) => ({
            params: {
              lang: language.prefix.slice(1),
              policy: policy.slug,
              date: version.effective,
            },
            props: { policy, version, language },
          })),
      ),
    );
}
