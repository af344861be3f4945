/**
 * The one rule for link targets written in policy text: an address whose scheme runs
 * script when followed (`javascript:`, `vbscript:`, `data:`). Validation refuses a version
 * that has one (render.ts), and the redline never makes one a link (redline-view.ts).
 */
const SCRIPT_SCHEME = /^(?:javascript|vbscript|data):/i;

function percentDecoded(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}

/**
 * Browsers ignore control characters and spaces inside the scheme ("java\tscript:"), and
 * Markdown link targets arrive percent-encoded ("java%09script:"): both are undone first.
 */
export function isScriptUrl(url: string): boolean {
  // eslint-disable-next-line no-control-regex -- stripping them is the point
  return SCRIPT_SCHEME.test(percentDecoded(url).replace(/[\u0000-\u0020]/g, ""));
}
