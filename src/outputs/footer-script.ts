/**
 * The footer script's code (src/embed/footer-client.ts), bundled with the date, notice and
 * timeline rules it imports, so the rules a related site's readers run are the ones the
 * policy site runs. Node only: the Redline integration hands the bundle to the
 * /embed/footer.js route (virtual:redline/footer-client), and `npm run footer` uses it as is.
 */
import { fileURLToPath } from "node:url";
import { buildSync } from "esbuild";

/** The minified script, with the data still to be inlined (renderFooterScript). */
export function bundleFooterClient(): string {
  const CLIENT = fileURLToPath(new URL("../embed/footer-client.ts", import.meta.url));
  const result = buildSync({
    entryPoints: [CLIENT],
    bundle: true,
    minify: true,
    // Optional chaining and `??`, which every browser has run since 2020, keep it under budget.
    target: "es2020",
    platform: "browser",
    // One function expression: nothing leaks into the host page's global scope.
    format: "iife",
    write: false,
    logLevel: "silent",
    // Not the project's tsconfig, whose strict mode would add a "use strict" prologue: the
    // code is the same in sloppy mode, and every byte counts.
    tsconfigRaw: {},
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error(`esbuild wrote nothing for ${CLIENT}`);
  return output.text;
}
