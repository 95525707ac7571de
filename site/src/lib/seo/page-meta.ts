/** What the sitemap needs from one built page. */
export interface PageMeta {
  /** Absolute canonical URL, when the page declares one. */
  canonical: string | undefined;
  /** hreflang alternates (including x-default), as the page declares them. */
  alternates: { hreflang: string; href: string }[];
  /** True when the page asks search engines not to index it (404 …). */
  noindex: boolean;
}

const decode = (value: string) =>
  value
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');

function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of tag.matchAll(/([a-zA-Z:-]+)\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/g)) {
    const [, name, , double, single, bare] = match;
    if (name) found.set(name.toLowerCase(), decode(double ?? single ?? bare ?? ''));
  }
  return found;
}

/** Reads the canonical link, hreflang alternates and robots noindex from a page's `<head>`. */
export function readPageMeta(html: string): PageMeta {
  const head = html.split(/<\/head>/i)[0] ?? html;
  const meta: PageMeta = { canonical: undefined, alternates: [], noindex: false };
  for (const [tag] of head.matchAll(/<(link|meta)\b[^>]*>/gi)) {
    const attrs = attributes(tag);
    const rel = attrs.get('rel');
    const href = attrs.get('href');
    if (rel === 'canonical' && href) meta.canonical = href;
    const hreflang = attrs.get('hreflang');
    if (rel === 'alternate' && hreflang && href) meta.alternates.push({ hreflang, href });
    if (attrs.get('name') === 'robots' && /noindex/i.test(attrs.get('content') ?? '')) meta.noindex = true;
  }
  return meta;
}
