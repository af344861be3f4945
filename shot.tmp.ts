import { launchBrowser, serveDirectory } from "./tests/support/browser.ts";
const [dir, ...paths] = process.argv.slice(2);
const server = await serveDirectory(dir!);
const browser = await launchBrowser();
for (const path of paths) {
  for (const width of [1280, 390]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(server.origin + path);
    const name = path.replace(/[^a-z0-9]+/gi, "_") + width;
    await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: false });
    const sw = await page.evaluate(() => document.documentElement.scrollWidth);
    console.log(name, "scrollWidth", sw);
    await page.close();
  }
}
await browser.close();
await server.close();
