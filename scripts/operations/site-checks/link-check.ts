// Checks that every internal link of a built site resolves to a file in the build, fragments included.
import fs from 'node:fs';
import path from 'node:path';
import { Parser } from 'htmlparser2';
import { fragmentTargets, referencedUrls, scanTags } from './html-scan.ts';
import { listFiles, resolveUrlPath, urlPathOf } from './site-files.ts';

/** One link that does not resolve. */
export interface BrokenLink {
  /** The page (or XML file) holding the link, as a URL path. */
  page: string;
  /** The link as written. */
  url: string;
  /** Why it is broken. */
  reason: string;
}

/** What the check looked at and what it found. */
export interface LinkCheckResult {
  pagesChecked: number;
  linksChecked: number;
  broken: BrokenLink[];
}

// Schemes that never point into the build.
const NON_HTTP = /^(mailto|tel|sms|javascript|data|blob):/i;

/**
 * Resolves `raw` (found on the page served at `pageUrl`) to an internal URL, or null when it is
 * external or not a navigable link. `siteOrigin` is the origin the site is published at:
 * absolute links to it (canonical, sitemap, Open Graph) are internal too.
 */
export function toInternalUrl(raw: string, pageUrl: string, siteOrigin: string): URL | null {
  if (NON_HTTP.test(raw)) return null;
  const base = new URL(pageUrl, siteOrigin);
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return null;
  }
  return url.origin === new URL(siteOrigin).origin ? url : null;
}

/** Explains why `url` does not resolve inside `root`, or returns null when it does. */
function problemWith(
  root: string,
  url: URL,
  fragmentsOf: (file: string) => Set<string>,
  raw: string,
): string | null {
  const file = resolveUrlPath(root, url.pathname);
  if (!file) return 'no such file in the build';
  if (raw.endsWith('#')) return 'empty fragment';
  if (!url.hash || url.hash === '#') return null;
  if (!file.endsWith('.html')) return null;
  const id = decodeURIComponent(url.hash.slice(1));
  // #top is the one fragment browsers resolve without a target.
  if (id === 'top' || fragmentsOf(file).has(id)) return null;
  return `fragment #${id} not found on ${urlPathOf(path.relative(root, file).split(path.sep).join('/'))}`;
}

/** Elements whose text is a URL: sitemap <loc>, RSS <link> and <image><url>. */
const URL_ELEMENTS = new Set(['loc', 'link', 'url']);

/** The URLs an XML file (sitemap, RSS) points at: <loc>, <link> and <url> text, then href attributes. */
export function xmlUrls(xml: string): string[] {
  const texts: string[] = [];
  const hrefs: string[] = [];
  // The text of the innermost open element, while it has no child elements.
  let text: string | null = null;
  const parser = new Parser(
    {
      onopentag: (name, attributes) => {
        if (attributes.href) hrefs.push(attributes.href);
        text = URL_ELEMENTS.has(name) ? '' : null;
      },
      ontext: (chunk) => {
        if (text !== null) text += chunk;
      },
      onclosetag: (name) => {
        const url = text?.trim();
        if (url && URL_ELEMENTS.has(name) && !/\s/.test(url)) texts.push(url);
        text = null;
      },
    },
    { xmlMode: true },
  );
  parser.end(xml);
  return [...texts, ...hrefs];
}

/**
 * Checks every href/src/srcset/action of every HTML file below `root`, and every URL in its XML
 * files (sitemaps, RSS), against the files of the build.
 */
export function checkLinks(root: string, siteOrigin: string): LinkCheckResult {
  const absoluteRoot = path.resolve(root);
  const fragmentCache = new Map<string, Set<string>>();
  const fragmentsOf = (file: string) => {
    let ids = fragmentCache.get(file);
    if (!ids) {
      ids = fragmentTargets(scanTags(fs.readFileSync(file, 'utf8')));
      fragmentCache.set(file, ids);
    }
    return ids;
  };
  const broken: BrokenLink[] = [];
  let linksChecked = 0;
  const check = (pageUrl: string, raw: string) => {
    if (raw === '') {
      broken.push({ page: pageUrl, url: raw, reason: 'empty URL' });
      return;
    }
    const url = toInternalUrl(raw, pageUrl, siteOrigin);
    if (!url) return;
    linksChecked += 1;
    const reason = problemWith(absoluteRoot, url, fragmentsOf, raw);
    if (reason) broken.push({ page: pageUrl, url: raw, reason });
  };
  const htmlFiles = listFiles(absoluteRoot, '.html');
  for (const relative of htmlFiles) {
    const pageUrl = urlPathOf(relative);
    const tags = scanTags(fs.readFileSync(path.join(absoluteRoot, relative), 'utf8'));
    for (const { url } of referencedUrls(tags)) check(pageUrl, url);
  }
  const xmlFiles = listFiles(absoluteRoot, '.xml');
  for (const relative of xmlFiles) {
    for (const url of xmlUrls(fs.readFileSync(path.join(absoluteRoot, relative), 'utf8'))) {
      check(`/${relative}`, url);
    }
  }
  return { pagesChecked: htmlFiles.length + xmlFiles.length, linksChecked, broken };
}

/** One line per broken link, for an assertion message. */
export function formatBrokenLinks(broken: BrokenLink[], limit = 60): string {
  const lines = broken.slice(0, limit).map((b) => `${b.page} → ${b.url} (${b.reason})`);
  if (broken.length > limit) lines.push(`… and ${broken.length - limit} more`);
  return lines.join('\n');
}
