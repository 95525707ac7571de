import { xmlEscape } from './xml-escape.ts';

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

const element = (name: string, text: string) => `<${name}>${xmlEscape(text)}</${name}>`;

/** RSS 2.0 document; lastBuildDate is the newest item's date so identical content gives identical bytes. */
export function renderRss(channel: RssChannel, items: readonly RssItem[]): string {
  const newest = items.map((item) => Date.parse(item.publishedAt)).sort((a, b) => b - a)[0];
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '<channel>',
    element('title', channel.title),
    element('link', channel.link),
    element('description', channel.description),
    element('language', channel.language),
    `<atom:link href="${xmlEscape(channel.selfUrl)}" rel="self" type="application/rss+xml"/>`,
    ...(newest === undefined ? [] : [element('lastBuildDate', new Date(newest).toUTCString())]),
  ];
  for (const item of items) {
    lines.push(
      '<item>',
      element('title', item.title),
      element('link', item.link),
      `<guid isPermaLink="true">${xmlEscape(item.link)}</guid>`,
      element('pubDate', new Date(item.publishedAt).toUTCString()),
      element('category', item.category),
      ...(item.description ? [element('description', item.description)] : []),
      // RSS <author> must be an e-mail address; the editor's name goes in dc:creator.
      ...(item.author ? [element('dc:creator', item.author)] : []),
      '</item>',
    );
  }
  lines.push('</channel>', '</rss>', '');
  return lines.join('\n');
}
