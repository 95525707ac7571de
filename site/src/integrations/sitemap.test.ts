import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { SaxesParser } from 'saxes';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HreflangLink } from '../lib/seo/hreflang.ts';
import { recordSitemapPage } from '../lib/seo/sitemap-pages.ts';
import { sitemapIntegration } from './sitemap.ts';

type Hooks = AstroIntegration['hooks'];
type Options<Hook extends ((options: never) => unknown) | undefined> = Parameters<NonNullable<Hook>>[0];

const site = 'https://example.org/';
let outDir: string;

beforeEach(() => {
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitemap-'));
});
afterEach(() => fs.rmSync(outDir, { recursive: true, force: true }));

/**
 * Runs the integration's hooks as `astro build` does (only the fields the library reads), with
 * `record` standing in for the pages rendering, and returns the files written.
 */
async function build(pathnames: readonly string[], record: () => void): Promise<Record<string, string>> {
  const { hooks } = sitemapIntegration();
  const routesResolved: Hooks['astro:routes:resolved'] = hooks['astro:routes:resolved'];
  const configDone: Hooks['astro:config:done'] = hooks['astro:config:done'];
  const buildStart: Hooks['astro:build:start'] = hooks['astro:build:start'];
  const buildDone: Hooks['astro:build:done'] = hooks['astro:build:done'];
  if (!routesResolved || !configDone || !buildStart || !buildDone)
    throw new Error('sitemap integration lacks a hook');
  await routesResolved({ routes: [] } as unknown as Options<typeof routesResolved>);
  await configDone({
    config: { site, base: '/', trailingSlash: 'always', build: { format: 'directory' } },
  } as unknown as Options<typeof configDone>);
  await buildStart({} as Options<typeof buildStart>);
  record();
  const messages: string[] = [];
  const log = (message: string) => messages.push(message);
  await buildDone({
    dir: pathToFileURL(`${outDir}/`),
    pages: pathnames.map((pathname) => ({ pathname })),
    logger: { info: log, warn: log, error: log, debug: log },
  } as unknown as Options<typeof buildDone>);
  expect(messages.join('\n')).toMatch(/sitemap-index\.xml` created/);
  return Object.fromEntries(
    fs.readdirSync(outDir).map((file) => [file, fs.readFileSync(path.join(outDir, file), 'utf8')]),
  );
}

interface Entry {
  loc: string;
  links: HreflangLink[];
}

/** Parses a sitemap as XML 1.0 with namespaces (throws on anything malformed). */
function parseSitemap(xml: string): Entry[] {
  const entries: Entry[] = [];
  let text = '';
  const parser = new SaxesParser({ xmlns: true });
  parser.on('opentag', (tag) => {
    text = '';
    if (tag.local === 'url') entries.push({ loc: '', links: [] });
    if (tag.uri === 'http://www.w3.org/1999/xhtml' && tag.local === 'link') {
      const attr = (name: string) => tag.attributes[name]?.value ?? '';
      entries.at(-1)?.links.push({ hreflang: attr('hreflang'), href: attr('href') });
    }
  });
  parser.on('text', (chunk) => {
    text += chunk;
  });
  parser.on('closetag', (tag) => {
    const entry = entries.at(-1);
    if (tag.local === 'loc' && entry) entry.loc = text;
  });
  parser.write(xml).close();
  return entries;
}

const pair = (zh: string, en: string): HreflangLink[] => [
  { hreflang: 'zh-Hans', href: `${site}${zh}` },
  { hreflang: 'en', href: `${site}${en}` },
  { hreflang: 'x-default', href: `${site}${zh}` },
];

describe('sitemapIntegration', () => {
  it('lists the recorded pages with their own alternates, and neither 404, endpoints nor unrecorded pages', async () => {
    const files = await build(
      [
        '',
        'en/',
        'articles/a/',
        'en/articles/a-en/',
        'articles/zh-only/',
        '404/',
        'rss/news.xml',
        'preview/x/',
      ],
      () => {
        recordSitemapPage(`${site}`, pair('', 'en/'));
        recordSitemapPage(`${site}en/`, pair('', 'en/'));
        recordSitemapPage(`${site}articles/a/`, pair('articles/a/', 'en/articles/a-en/'));
        recordSitemapPage(`${site}en/articles/a-en/`, pair('articles/a/', 'en/articles/a-en/'));
        recordSitemapPage(`${site}articles/zh-only/`, []);
      },
    );
    expect(Object.keys(files).sort()).toEqual(['sitemap-0.xml', 'sitemap-index.xml']);
    expect(parseSitemap(files['sitemap-index.xml'] ?? '')).toEqual([]);
    expect(files['sitemap-index.xml']).toContain(`<loc>${site}sitemap-0.xml</loc>`);
    const entries = parseSitemap(files['sitemap-0.xml'] ?? '');
    expect(entries.map((entry) => entry.loc)).toEqual([
      site,
      `${site}articles/a/`,
      `${site}articles/zh-only/`,
      `${site}en/`,
      `${site}en/articles/a-en/`,
    ]);
    const links = Object.fromEntries(entries.map((entry) => [entry.loc, entry.links]));
    expect(links[`${site}en/articles/a-en/`]).toEqual(pair('articles/a/', 'en/articles/a-en/'));
    expect(links[`${site}articles/zh-only/`]).toEqual([]);
  });

  it("writes well-formed XML 1.0 from hostile URLs and language codes (U+0001, U+FFFF, lone surrogate, & < ')", async () => {
    const hostile = "a\u0001\uFFFF\uD800&<'/";
    const files = await build([hostile, `en/${hostile}`], () => {
      const links = [
        { hreflang: 'zh-Hans\u0002"<', href: `${site}${hostile}` },
        { hreflang: 'en', href: `${site}en/${hostile}` },
      ];
      recordSitemapPage(`${site}${hostile}`, links);
      recordSitemapPage(`${site}en/${hostile}`, links);
    });
    const entries = parseSitemap(files['sitemap-0.xml'] ?? '');
    const encoded = `${site}a%01%EF%BF%BF%EF%BF%BD&%3C'/`;
    expect(entries.map((entry) => entry.loc)).toEqual([encoded, `${site}en/a%01%EF%BF%BF%EF%BF%BD&%3C'/`]);
    expect(entries[0]?.links[0]).toEqual({ hreflang: 'zh-Hans"<', href: encoded });
  });

  it('starts a second file past 50,000 URLs and lists both in the index', async () => {
    const pathnames = Array.from({ length: 50_001 }, (_, i) => `p${i}/`);
    const files = await build(pathnames, () => {
      for (const pathname of pathnames) recordSitemapPage(`${site}${pathname}`, []);
    });
    expect(Object.keys(files).sort()).toEqual(['sitemap-0.xml', 'sitemap-1.xml', 'sitemap-index.xml']);
    expect(parseSitemap(files['sitemap-1.xml'] ?? '')).toHaveLength(1);
    // 50,001 pages through @astrojs/sitemap: about a second idle, many on two cores under a test run.
  }, 60_000);

  it('forgets the pages of an earlier build in the same process', async () => {
    await build(['old/'], () => recordSitemapPage(`${site}old/`, []));
    const files = await build(['old/', 'new/'], () => recordSitemapPage(`${site}new/`, []));
    expect(parseSitemap(files['sitemap-0.xml'] ?? '').map((entry) => entry.loc)).toEqual([`${site}new/`]);
  });
});
