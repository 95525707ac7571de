import { Parser } from 'htmlparser2';

/** What the sitemap needs from one built page. */
export interface PageMeta {
  /** Absolute canonical URL, when the page declares one. */
  canonical: string | undefined;
  /** hreflang alternates (including x-default), as the page declares them. */
  alternates: { hreflang: string; href: string }[];
  /** True when the page asks search engines not to index it (404 …). */
  noindex: boolean;
}

/** Reads the canonical link, hreflang alternates and robots noindex from a page's `<head>`. */
export function readPageMeta(html: string): PageMeta {
  const meta: PageMeta = { canonical: undefined, alternates: [], noindex: false };
  let inBody = false;
  const parser = new Parser({
    onopentag: (name, attrs) => {
      if (inBody || (name !== 'link' && name !== 'meta')) return;
      const { rel, href, hreflang } = attrs;
      if (rel === 'canonical' && href) meta.canonical = href;
      if (rel === 'alternate' && hreflang && href) meta.alternates.push({ hreflang, href });
      if (attrs.name === 'robots' && /noindex/i.test(attrs.content ?? '')) meta.noindex = true;
    },
    onclosetag: (name) => {
      // Only the head counts; the body is not read further.
      if (name === 'head' && !inBody) {
        inBody = true;
        parser.pause();
      }
    },
  });
  parser.end(html);
  return meta;
}
