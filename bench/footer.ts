/**
 * Footer bench: the size of /embed/footer.js, which every reader of every related site
 * downloads, against its budget of 1 KB gzipped (README, "For related sites").
 *
 *   npx tsx bench/footer.ts [contentDir]   (default content/, as of the seed's notice window)
 *
 * Exits 1 when a script is over budget.
 */
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { footerData, renderFooterScript } from "../src/outputs/footer.ts";
import { bundleFooterClient } from "../src/outputs/footer-script.ts";
import { validateSite } from "../src/build/validate-site.ts";

export const FOOTER_SCRIPT_BUDGET_GZIP = 1024;

const projectRoot = resolve(import.meta.dirname, "..");

function sizes(label: string, text: string, budgeted = true): boolean {
  const raw = Buffer.byteLength(text);
  const gzip = gzipSync(text).length;
  const gzip9 = gzipSync(text, { level: 9 }).length;
  const brotli = brotliCompressSync(text).length;
  const within = gzip <= FOOTER_SCRIPT_BUDGET_GZIP;
  console.log(
    `  ${label}: ${raw} B raw, ${gzip} B gzip (level 6), ${gzip9} B gzip -9, ${brotli} B brotli; ` +
      (budgeted
        ? `budget ${FOOTER_SCRIPT_BUDGET_GZIP} B gzip: ${within ? "within" : "OVER"}`
        : "not published"),
  );
  return !budgeted || within;
}

export async function benchFooter(
  contentDir = join(projectRoot, "content"),
  asOf = "2026-11-28",
): Promise<void> {
  const client = bundleFooterClient();
  const data = footerData(validateSite({ contentDir: resolve(contentDir), projectRoot, asOf }));
  console.log(`Footer bench: /embed/footer.js for ${contentDir} as of ${asOf}`);
  const results = [
    sizes("script without data", renderFooterScript({ ...data, policies: [] }, client)),
    sizes(
      `footer.js (${data.policies.length} policies, ${data.policies.reduce((n, p) => n + p.schedule.length, 0)} scheduled versions)`,
      renderFooterScript(data, client),
    ),
  ];
  if (!results.every(Boolean)) process.exitCode = 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await benchFooter(process.argv[2], process.argv[3]);
}
