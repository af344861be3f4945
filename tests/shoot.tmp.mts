import { launchBrowser, serveDirectory } from "./support/browser.ts";
const [dir, ...paths] = process.argv.slice(2);
const server = await serveDirectory(dir!);
const browser = await launchBrowser();
for (const path of paths) {
  for (const width of [1280, 390]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(server.origin + path);
    await page.waitForTimeout(300);
    const name = `/tmp/shots/${path.replace(/[^a-z0-9]+/gi, "_")}_${width}.png`;
    await page.screenshot({ path: name, fullPage: false });
    console.log(name);
    await page.close();
  }
}
await browser.close();
await server.close();
