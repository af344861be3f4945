/**
 * The HTTP response headers the site should be served with, by path, and `dist/_headers`
 * (the format Netlify and Cloudflare Pages read from the published folder). The README's
 * "Deploying" section gives the same rules for nginx and S3/CloudFront.
 *
 * - Content-Security-Policy: the site runs only its own scripts (Astro's bundles, the
 *   compare worker, Pagefind and its WebAssembly, hence 'wasm-unsafe-eval'); it has no
 *   inline script or style, loads images only from itself and site.yml's `image_hosts`, and
 *   may not be framed.
 * - Caching: Astro's assets (`/_astro/`) have hashed names and never change: a year,
 *   immutable. Everything else keeps the host's default revalidation (Netlify and
 *   Cloudflare Pages revalidate HTML on every request), so the day's notice and the version
 *   in effect reach readers the day the scheduled build publishes them; the footer include
 *   and the API, which related sites fetch, are cached for at most an hour.
 * - CORS: `/embed/` and `/api/` may be read from any site (related sites fetch them).
 */
import type { SiteModel } from "../site/index.ts";

/** Where the build writes the rules, in the published folder. */
export const HEADERS_FILE = "_headers";

export interface HeaderRule {
  /** A path prefix ending in `*`, as `_headers` writes it: `/*`, `/_astro/*`. */
  path: string;
  headers: Record<string, string>;
}

/** The site's Content-Security-Policy, with site.yml's image hosts. */
export function contentSecurityPolicy(model: Pick<SiteModel, "site">): string {
  const images = ["'self'", ...model.site.image_hosts.map((host) => `https://${host}`)];
  return [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    `img-src ${images.join(" ")}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export function responseHeaderRules(model: Pick<SiteModel, "site">): HeaderRule[] {
  const shared = {
    "Access-Control-Allow-Origin": "*",
    "Cross-Origin-Resource-Policy": "cross-origin",
  };
  return [
    {
      path: "/*",
      headers: {
        "Content-Security-Policy": contentSecurityPolicy(model),
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "strict-origin-when-cross-origin",
      },
    },
    { path: "/_astro/*", headers: { "Cache-Control": "public, max-age=31536000, immutable" } },
    { path: "/embed/*", headers: { ...shared, "Cache-Control": "public, max-age=3600" } },
    { path: "/api/*", headers: { ...shared, "Cache-Control": "public, max-age=3600" } },
  ];
}

/** `dist/_headers`: each rule's path, then its headers indented, one per line. */
export function headersFile(model: Pick<SiteModel, "site">): string {
  return (
    [
      "# Response headers for Netlify and Cloudflare Pages (written by npm run build; see the README's Deploying).",
      ...responseHeaderRules(model).flatMap((rule) => [
        rule.path,
        ...Object.entries(rule.headers).map(([name, value]) => `  ${name}: ${value}`),
      ]),
    ].join("\n") + "\n"
  );
}
