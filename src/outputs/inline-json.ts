/**
 * JSON for embedding in a page or a script. Policy titles and summaries are the editors'
 * text and may contain anything, "</script>" included: inside a `<script>` element that
 * would end the element and run what follows. So `<`, `>` and `&` are written as `\u003c`
 * and the like, and everything outside ASCII too (U+2028 and U+2029 included), so the
 * text means the same whatever charset it is served with. `JSON.parse` gives back the
 * value unchanged.
 */
export function inlineJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u007f-\uffff]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}
