import { getRssString } from '@astrojs/rss';
import { stripNonXmlChars, xmlEscape } from './xml-escape.ts';

/** A feed's channel. */
export interface RssChannel {
  title: string;
  /** Absolute URL of the column page. */
  link: string;
  description: string;
  /** RSS language code, e.g. `zh-cn` or `en`. */
  language: string;
  /** Absolute URL of the feed itself (atom:link rel=self). */
  selfUrl: string;
}

/** One feed item. */
export interface RssItem {
  title: string;
  /** Absolute URL of the article. */
  link: string;
  description: string | null;
  /** ISO date-time of publication. */
  publishedAt: string;
  author: string | null;
  category: string;
}

/**
 * RSS 2.0 document written by @astrojs/rss; lastBuildDate is the newest item's date so identical
 * content gives identical bytes.
 *
 * @astrojs/rss escapes `& < > " '` (fast-xml-parser's XMLBuilder) but passes characters XML 1.0
 * forbids (U+0001, U+FFFF, lone surrogates…) through, so every text field is stripped here first.
 * `customData` is XML that @astrojs/rss parses and re-serialises, so what goes in it is escaped here.
 */
export async function renderRss(channel: RssChannel, items: readonly RssItem[]): Promise<string> {
  const text = stripNonXmlChars;
  const newest = items.map((item) => Date.parse(item.publishedAt)).sort((a, b) => b - a)[0];
  const element = (name: string, value: string) => `<${name}>${xmlEscape(value)}</${name}>`;
  const xml = await getRssString({
    title: text(channel.title),
    description: text(channel.description),
    // @astrojs/rss writes `site` as the channel's <link>.
    site: text(channel.link),
    xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' },
    customData: [
      element('language', channel.language),
      `<atom:link href="${xmlEscape(channel.selfUrl)}" rel="self" type="application/rss+xml"/>`,
      ...(newest === undefined ? [] : [element('lastBuildDate', new Date(newest).toUTCString())]),
    ].join(''),
    items: items.map((item, index) => ({
      title: text(item.title),
      // An absolute URL is used as is for <link> and <guid isPermaLink="true">.
      link: text(item.link),
      pubDate: new Date(item.publishedAt),
      categories: [text(item.category)],
      ...(item.description ? { description: text(item.description) } : {}),
      // RSS <author> must be an e-mail address; the editor's name goes in dc:creator.
      // @astrojs/rss parses customData with fast-xml-parser's defaults, which trim text and turn
      // number-like text into numbers (an editor "007" would come out as "7"), so the element holds
      // a placeholder that is swapped for the name afterwards. U+FFFF is stripped from every field,
      // so the placeholder cannot occur anywhere else.
      ...(item.author ? { customData: `<dc:creator>${creatorPlaceholder(index)}</dc:creator>` } : {}),
    })),
  });
  return xml.replace(CREATOR_PLACEHOLDER, (_, index: string) =>
    xmlEscape(items[Number(index)]?.author ?? ''),
  );
}

const creatorPlaceholder = (index: number) => `\uFFFFcreator-${index}\uFFFF`;
const CREATOR_PLACEHOLDER = /\uFFFFcreator-(\d+)\uFFFF/g;
