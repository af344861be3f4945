/**
 * The static paths of every route, from the site model. Route files call these and only
 * render; what exists at which URL is decided here.
 */
import type { PolicyModel, SiteModel, VersionModel, VersionMove } from "./site-model.ts";

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
