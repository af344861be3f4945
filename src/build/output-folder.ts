/**
 * Where a build may publish. The build replaces its output folder whole, so a wrong `--out`
 * (empty, `.`, `content`, a parent of the project) would delete what it names. The output
 * folder is therefore replaced only when it is absent, empty, or a site an earlier Redline
 * build wrote (it holds BUILD_MARKER), and never when it is, contains or lies inside the
 * project or the content folder.
 */
import { existsSync, readdirSync, realpathSync, statSync } from "node:fs";
import { UsageError } from "../content/index.ts";
import { basename, dirname, join, relative, resolve, isAbsolute } from "node:path";

/** The file every build writes at the top of its output, so the next build knows it may replace it. */
export const BUILD_MARKER = ".redline-build";

/** What BUILD_MARKER holds: the same bytes every build, so two builds of the same content are equal. */
export const BUILD_MARKER_TEXT =
  "This folder is a site built by Redline. The next `npm run build` into it replaces it whole.\n";

/** A refused output folder: the message says why and what to do instead. */
export class OutputFolderError extends UsageError {
  override name = "OutputFolderError";
}

/**
 * Checks that `outOption` (as the editor typed it, relative to the working directory) is a
 * folder the build may replace, and returns its absolute path.
 */
export function checkOutputFolder(
  outOption: string,
  places: { workingDir: string; projectRoot: string; contentDir: string },
): string {
  if (outOption.trim() === "") {
    throw new OutputFolderError(
      "--out is empty: name the folder to build into, for example --out dist",
    );
  }
  const outDir = realPathOf(resolve(places.workingDir, outOption));
  const content = { what: "the content folder", path: realPathOf(resolve(places.contentDir)) };
  const guarded = [{ what: "the project", path: realPathOf(resolve(places.projectRoot)) }, content];
  for (const { what, path } of guarded) {
    if (outDir === path || isInside(path, outDir)) {
      throw new OutputFolderError(
        `--out ${outOption} is ${outDir === path ? "" : "a folder that contains "}${what} (${path}): the build replaces its output folder whole, so it would delete it. Build into a folder of its own, such as --out dist`,
      );
    }
  }
  if (isInside(outDir, content.path)) {
    throw new OutputFolderError(
      `--out ${outOption} is inside the content folder (${content.path}): the built site would be read as content. Build into a folder of its own, such as --out dist`,
    );
  }
  if (!existsSync(outDir)) return outDir;
  if (!statSync(outDir).isDirectory()) {
    throw new OutputFolderError(
      `--out ${outOption} is a file, not a folder: name a folder to build into`,
    );
  }
  const entries = readdirSync(outDir);
  if (entries.length > 0 && !entries.includes(BUILD_MARKER)) {
    throw new OutputFolderError(
      `--out ${outOption} (${outDir}) is not empty and was not written by a Redline build (it has no ${BUILD_MARKER}): the build would delete what is in it. Empty or remove it, or build into another folder`,
    );
  }
  return outDir;
}

/** True when `inner` lies strictly inside `outer`. */
function isInside(inner: string, outer: string): boolean {
  const path = relative(outer, inner);
  return path !== "" && !path.startsWith("..") && !isAbsolute(path);
}

/**
 * The real path of `path`, following symbolic links, for the part of it that exists (a
 * folder to be created does not exist yet; its parent may be a link into the project).
 */
function realPathOf(path: string): string {
  if (existsSync(path)) return realpathSync(path);
  const parent = dirname(path);
  return parent === path ? path : join(realPathOf(parent), basename(path));
}
