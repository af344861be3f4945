/**
 * The static paths of every route, from the site model. Route files call these and only
 * render; what exists at which URL is decided here.
 */
import type { PolicyModel, SiteModel, VersionModel } from "./site-model.ts";

/** `/<policy>/…` routes: one per policy. */
export function policyRoutes(model: SiteModel) {
  return model.policies.map((policy) => ({
    params: { policy: policy.slug },
    props: { policy },
  }));
}

/** `/<policy>/<YYYY-MM-DD>/`: one per version, past, current and upcoming. */
export function versionRoutes(model: SiteModel) {
  return model.policies.flatMap((policy) =>
    policy.versions.map((version) => ({
      params: { policy: policy.slug, date: version.effective },
      props: { policy, version },
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
    policy.versions.flatMap((version, index) => {
      const previous = policy.versions[index - 1];
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
