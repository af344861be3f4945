import eslint from "@eslint/js";
import tseslint from "typescript-eslint";
import astro from "eslint-plugin-astro";

/** Folders whose code also runs in readers' browsers: no Node API, no content loading. */
const BROWSER_SAFE = [
  "src/dates",
  "src/render",
  "src/notice",
  "src/lifecycle",
  "src/versions",
  "src/site",
  "src/i18n",
  "src/redline",
  "src/search",
  "src/readability",
  "src/client",
  "src/embed",
];
/** The domain: everything but the command-line tools, which it must not depend on. */
const DOMAIN = [...BROWSER_SAFE, "src/content", "src/archive", "src/outputs", "src/build"];

const restrict = (groups) => ({
  "@typescript-eslint/no-restricted-imports": [
    "error",
    { patterns: groups.map((group) => ({ ...group, allowTypeImports: true })) },
  ],
});
const commandsGroup = {
  group: ["**/commands/**", "**/scripts/**"],
  message: "Domain code does not depend on the command-line tools; they depend on it.",
};

export default tseslint.config(
  { ignores: ["dist/", "**/.astro/", "**/.dist-*/", "**/node_modules/", "tests/fixtures/"] },
  eslint.configs.recommended,
  ...tseslint.configs.strict,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly" } },
  },
  {
    files: DOMAIN.map((folder) => `${folder}/**/*.{ts,js}`),
    rules: restrict([commandsGroup]),
  },
  {
    // Browser-safe code may use types from the content folder, never its values.
    files: BROWSER_SAFE.map((folder) => `${folder}/**/*.{ts,js}`),
    rules: restrict([
      commandsGroup,
      {
        group: ["node:*", "fs", "path", "os", "crypto", "astro:*"],
        message: "This folder runs in browsers too: no Node or Astro API.",
      },
      {
        // The render face re-exports the Markdown parser and sanitiser (about 130 KB in a
        // browser bundle); browser-safe code takes the leaf module it needs.
        group: ["**/render/index.ts"],
        message: "Import the render module you need (e.g. render/script-url.ts), not its face.",
      },
      {
        group: ["**/content/**", "**/archive/**", "**/build/**", "**/outputs/**"],
        message:
          "This folder runs in browsers too: it may use the content's types, not load content, the archive or the build.",
      },
    ]),
  },
);
