// Screenshots of the key pages at a phone and a desktop width, for docs/screenshots/.
// Usage: pnpm screenshots <site URL | built site folder> [output folder]
// It builds nothing: point it at a running site or at a folder `astro build` wrote.
import fs from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../../common/browser.ts';
import { parseCommandLine } from '../../common/cli/command-line.ts';
import { ROOT_DIR } from '../../common/paths.ts';
import { type StaticServer, serveStatic } from '../../operations/static-server/static-server.ts';
import { screenshotPages } from '../../test-harness/site-checks/page-catalogue.ts';

const WIDTHS = [390, 1280] as const;
// Full pages, cut off where a reader would long have stopped scrolling.
const MAX_HEIGHT: Record<(typeof WIDTHS)[number], number> = { 390: 6000, 1280: 4000 };

/** Takes every screenshot of `screenshotPages()` from `baseUrl` into `outDir`; returns the files written. */
export async function takeScreenshots(baseUrl: string, outDir: string): Promise<string[]> {
  fs.mkdirSync(outDir, { recursive: true });
  const browser = await launchChromium();
  const written: string[] = [];
  try {
    for (const width of WIDTHS) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
      const page = await context.newPage();
      for (const [name, urlPath] of Object.entries(screenshotPages())) {
        await page.goto(`${baseUrl}${urlPath}`, { waitUntil: 'networkidle' });
        if (name === 'search') {
          await page
            .locator('a[data-search-result], .pagefind-ui__result-link')
            .first()
            .waitFor({ timeout: 15_000 })
            .catch(() => console.warn(`[screenshots] search showed no results for ${urlPath}`));
        }
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        const file = path.join(outDir, `${name}-${width}.png`);
        await page.screenshot({
          path: file,
          fullPage: true,
          clip: { x: 0, y: 0, width, height: Math.min(height, MAX_HEIGHT[width]) },
        });
        written.push(file);
        console.log(`[screenshots] ${path.relative(ROOT_DIR, file)} (${urlPath}, ${height}px tall)`);
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return written;
}

async function main(): Promise<void> {
  const { positionals } = parseCommandLine({
    usage: 'pnpm screenshots <site URL | built site folder> [output folder]',
    summary:
      'Screenshots the catalogue pages at phone and desktop widths (default output: docs/screenshots).',
    flags: {},
    positionals: ['<site URL | built site folder>', '[output folder]'],
  });
  const [target = '', out] = positionals;
  let server: StaticServer | undefined;
  let baseUrl = target.replace(/\/+$/, '');
  if (!/^https?:\/\//.test(target)) {
    const folder = path.resolve(target);
    if (!fs.existsSync(path.join(folder, 'index.html'))) throw new Error(`${folder} has no index.html`);
    server = await serveStatic(() => folder);
    baseUrl = server.url;
  }
  try {
    await takeScreenshots(baseUrl, path.resolve(out ?? path.join(ROOT_DIR, 'docs', 'screenshots')));
  } finally {
    await server?.close();
  }
}

await main();
