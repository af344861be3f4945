/**
 * The build: validate first, build into a fresh folder, then swap it in. A build that
 * fails at any stage leaves the previous output exactly as it was.
 */
import { existsSync } from "node:fs";
import { cp, mkdir, rename as renameFolder, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { build as astroBuild } from "astro";
import { formatLongDate } from "../dates/index.ts";
import { stage, formatDuration, type Log } from "./stages.ts";
import type { SiteModel } from "../site/index.ts";
import { validateSite } from "./validate-site.ts";
import { redlineAstroConfig } from "../integrations/astro-config.ts";
import { BUILD_MARKER, BUILD_MARKER_TEXT, checkOutputFolder } from "./output-folder.ts";
import { STAGING_FOLDER, removeStaleFolders, swapFolders } from "./stale-folders.ts";
import { ContentError } from "../content/index.ts";
import { GET_A_BROWSER, findChromium, printVersionPdfs } from "../pdf/index.ts";
import { HEADERS_FILE, headersFile } from "../outputs/index.ts";

export interface BuildOptions {
  projectRoot: string;
  contentDir: string;
  /**
   * The output folder as the editor named it (relative to `workingDir`). It is replaced
   * whole, so it is refused unless it is absent, empty or an earlier build (output-folder.ts).
   */
  outDir: string;
  /** What a relative `outDir` is relative to; default the process's working directory. */
  workingDir?: string;
  asOf: string | undefined;
  log: Log;
  /** Astro's own log level; "warn" keeps the output to our stages. */
  astroLogLevel?: "info" | "warn" | "error";
  /** The machine's `CHROME_PATH`, for `pdf: true`; without it, Chromium's usual places. */
  chromePath?: string | undefined;
}

export async function buildSite(options: BuildOptions): Promise<SiteModel> {
  const { log } = options;
  const started = performance.now();
  const outFolder = () =>
    checkOutputFolder(options.outDir, {
      workingDir: options.workingDir ?? process.cwd(),
      projectRoot: options.projectRoot,
      contentDir: options.contentDir,
    });
  const outDir = outFolder();
  const model = await stage(
    "Validating content",
    () =>
      validateSite({
        contentDir: options.contentDir,
        projectRoot: options.projectRoot,
        asOf: options.asOf,
        onWarning: (warning) => log(`  ! ${warning}`),
      }),
    log,
  );
  const versionCount = model.policies.reduce((sum, policy) => sum + policy.versions.length, 0);
  const policies = model.policies.length === 1 ? "1 policy" : `${model.policies.length} policies`;
  log(`  ${policies}, ${versionCount} versions; today is ${model.today}`);
  // Found before anything is built: a build that cannot print its PDFs publishes nothing.
  const chromiumPath = model.site.pdf ? pdfBrowser(model, options.chromePath) : undefined;

  // Astro keeps its intermediate server chunks in the output folder only when that folder is
  // inside the working directory (elsewhere it falls back to a shared ./.astro/), so every
  // build stages in its own folder inside the project and is moved to outDir at the end.
  const staging = join(resolve(options.projectRoot), `.dist-building-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  const stale = [
    ...(await removeStaleFolders(resolve(options.projectRoot), STAGING_FOLDER)),
    ...(await removeStaleFolders(dirname(outDir), swapFolders(basename(outDir)))),
  ];
  if (stale.length > 0) log(`  Removed what killed builds left: ${stale.join(", ")}`);
  try {
    await stage(
      "Building pages with Astro",
      () =>
        astroBuild({
          // The whole configuration is here: Astro renders the model just validated, for
          // the day validation checked, even when the clock passes midnight meanwhile.
          configFile: false,
          ...redlineAstroConfig({ contentDir: options.contentDir, asOf: model.today, model }),
          root: options.projectRoot,
          outDir: staging,
          // Outside outDir (Astro empties outDir first) and per build, so parallel builds of
          // other content (tests, benchmarks) never share a cache.
          cacheDir: `${staging}-cache`,
          logLevel: options.astroLogLevel ?? "warn",
        }),
      log,
    );
    if (chromiumPath) {
      await stage(
        `Printing ${versionCount} PDFs with Chromium`,
        () => printVersionPdfs({ model, siteFolder: staging, chromiumPath }),
        log,
      );
    }
    // The response headers the site should be served with (Netlify, Cloudflare Pages).
    await writeFile(join(staging, HEADERS_FILE), headersFile(model));
    await writeFile(join(staging, BUILD_MARKER), BUILD_MARKER_TEXT);
    // Checked again: the folder may have been filled or replaced while Astro built.
    await stage("Publishing to " + outDir, () => swapInto(staging, outFolder()), log);
  } finally {
    await rm(staging, { recursive: true, force: true });
    await rm(`${staging}-cache`, { recursive: true, force: true });
  }

  log(`Built in ${formatDuration(performance.now() - started)}.`);
  log(
    model.nextRebuild
      ? `Rebuild on ${model.nextRebuild} (${formatLongDate(model.nextRebuild)}) or earlier: a version takes effect or a notice starts or ends that day.`
      : "No scheduled change: the site stays correct until the content changes.",
  );
  return model;
}

/** Chromium for site.yml's `pdf: true`, or the editor's error naming that line. */
function pdfBrowser(model: SiteModel, chromePath: string | undefined): string {
  const found = findChromium(chromePath);
  if ("path" in found) return found.path;
  const file = model.siteSource?.file ?? "site.yml";
  const line = model.siteSource?.lines.pdf;
  throw new ContentError([
    {
      file,
      ...(line === undefined ? {} : { line }),
      message: `pdf: true asks the build to print every version with Chromium, but ${found.missing}: ${GET_A_BROWSER}; or set pdf: false`,
    },
  ]);
}

/**
 * Replaces `target` by `staging` with two renames, so no reader sees a half-written site.
 * A target on another file system gets a copy beside it first, then the renames.
 */
export async function swapInto(
  staging: string,
  target: string,
  rename: typeof renameFolder = renameFolder,
): Promise<void> {
  await mkdir(dirname(target), { recursive: true });
  const incoming = join(dirname(target), `.${basename(target)}-incoming-${process.pid}`);
  const previous = join(dirname(target), `.${basename(target)}-previous-${process.pid}`);
  try {
    await rename(staging, incoming);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EXDEV") throw error;
    await cp(staging, incoming, { recursive: true });
  }
  try {
    if (existsSync(target)) await rename(target, previous);
    try {
      await rename(incoming, target);
    } catch (error) {
      // Put the previous site back rather than leave none.
      if (existsSync(previous)) await rename(previous, target);
      throw error;
    }
  } finally {
    await rm(incoming, { recursive: true, force: true });
    await rm(previous, { recursive: true, force: true });
  }
}
