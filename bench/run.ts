/**
 * npm run bench [-- corpusDir]
 * Every benchmark, on the real corpus (../shared/corpora/github-privacy-statement by default).
 */
import { parseArgs } from "node:util";
import { reportFailure } from "../src/commands/cli.ts";
import { formatDuration } from "../src/build/stages.ts";
import { benchBuild } from "./build.ts";
import { corpusDirectory } from "./corpus-site.ts";
import { benchFooter } from "./footer.ts";
import { benchLimits } from "./limits.ts";
import { benchRedline } from "./redline.ts";
import { reportChangesPages } from "./redline-pages.ts";
import { benchSearch } from "./search.ts";
import { benchTranslations } from "./translations.ts";

try {
  const { positionals } = parseArgs({ allowPositionals: true, strict: true });
  const corpus = corpusDirectory(positionals[0]);
  const started = performance.now();
  // The search bench searches the site the build bench built last, rather than build it again.
  let builtSite: string | undefined;
  const sections: [string, () => Promise<void>][] = [
    ["Redline engine vs git word diff", () => benchRedline(corpus)],
    [
      "Build speed vs plain Astro",
      async () => {
        builtSite = await benchBuild(corpus);
      },
    ],
    [
      "Changes pages: words marked vs a word diff, and page sizes",
      async () => {
        if (!builtSite) throw new Error("the build bench built no site");
        reportChangesPages(builtSite, (line) => console.log(line));
      },
    ],
    ["Search payload and latency", () => benchSearch(corpus, builtSite)],
    ["Build with one translation language", () => benchTranslations(corpus)],
    ["Footer script size", () => benchFooter()],
    ["Checking pathological Markdown", () => benchLimits(corpus)],
  ];
  for (const [title, run] of sections) {
    console.log(`\n=== ${title} ===`);
    await run();
  }
  console.log(`\nAll benchmarks done in ${formatDuration(performance.now() - started)}.`);
} catch (error) {
  reportFailure(error);
}
