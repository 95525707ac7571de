// Bytes per page type of a built site: HTML and CSS compressed (what the 30 KB budget counts), and
// the pictures a phone (390 px) and a desktop (1280 px) download, as Chromium picks them from srcset.
// Usage: pnpm bench:page-weight <built site folder>   (e.g. .site-root/current after `pnpm start`)
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseDocument } from 'htmlparser2';
import { launchChromium } from '../../common/browser.ts';
import { parseCommandLine } from '../../common/cli/command-line.ts';
import { serveStatic } from '../../operations/static-server/static-server.ts';
import { cataloguePages } from '../../test-harness/site-checks/page-catalogue.ts';
import { VIEWPORTS } from '../../test-harness/support/browser-session.ts';

interface Node {
  name?: string;
  attribs?: Record<string, string>;
  children?: Node[];
}

/** The href of every stylesheet link in `html`. */
function stylesheets(html: string): string[] {
  const found: string[] = [];
  const walk = (nodes: Node[]) => {
    for (const node of nodes) {
      if (node.name === 'link' && node.attribs?.rel === 'stylesheet' && node.attribs.href)
        found.push(node.attribs.href);
      walk(node.children ?? []);
    }
  };
  walk(parseDocument(html).children as Node[]);
  return found;
}

/** HTML plus its stylesheets, gzipped, in bytes. */
function compressedMarkup(outDir: string, pagePath: string): number {
  const file = path.join(outDir, decodeURIComponent(pagePath.split('?')[0] ?? ''), 'index.html');
  const html = fs.readFileSync(fs.existsSync(file) ? file : path.join(outDir, '404.html'));
  const css = stylesheets(html.toString()).map((href) => fs.readFileSync(path.join(outDir, href)));
  return [html, ...css].reduce((sum, part) => sum + gzipSync(part).length, 0);
}

const KB = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function main(): Promise<void> {
  const { positionals } = parseCommandLine({
    usage: 'pnpm bench:page-weight <built site folder>',
    summary:
      'Prints, per page type, HTML+CSS gzipped and the picture bytes loaded on arrival at 390 and 1280 px.',
    flags: {},
    positionals: ['<built site folder>'],
  });
  const outDir = path.resolve(positionals[0] ?? '');
  if (!positionals[0] || !fs.existsSync(path.join(outDir, 'index.html'))) {
    throw new Error(`${outDir}: not a built site (no index.html); pass the folder a build wrote`);
  }
  const server = await serveStatic(() => outDir);
  const browser = await launchChromium();
  try {
    // Lazy pictures below the first screen are not loaded on arrival and so not counted.
    console.log('page type | HTML+CSS gzipped | pictures loaded on arrival at 390 px | at 1280 px');
    for (const page of [...cataloguePages('zh'), ...cataloguePages('en')]) {
      const pictures: number[] = [];
      for (const viewport of VIEWPORTS) {
        const context = await browser.newContext({ viewport });
        const tab = await context.newPage();
        let bytes = 0;
        tab.on('response', async (response) => {
          if (response.request().resourceType() !== 'image') return;
          bytes += (await response.body().catch(() => Buffer.alloc(0))).length;
        });
        await tab.goto(`${server.url}${page.path}`, { waitUntil: 'networkidle' });
        pictures.push(bytes);
        await context.close();
      }
      console.log(
        `${page.kind} (${page.locale}) | ${KB(compressedMarkup(outDir, page.path))} | ${KB(pictures[0] ?? 0)} | ${KB(pictures[1] ?? 0)}`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
