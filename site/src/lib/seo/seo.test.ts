import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { breadcrumbList } from './breadcrumb-list.ts';
import { columnFeeds, FEED_COLUMNS, feedPath, feedsForPath } from './feeds.ts';
import { hreflangLinks } from './hreflang.ts';
import { jsonLdText, ogLocale, pageTitle } from './open-graph.ts';
import { renderRss } from './rss.ts';
import { websiteJsonLd } from './website.ts';

const site = 'https://example.org/';

describe('breadcrumbList', () => {
  it('lists the trail with absolute URLs and the page URL for the current item', () => {
    const data = breadcrumbList(
      [{ label: '首页', href: '/' }, { label: '城市要览', href: '/cities/' }, { label: '聊城' }],
      'https://example.org/cities/liaocheng/',
      site,
    );
    expect(data).toMatchObject({
      '@type': 'BreadcrumbList',
      itemListElement: [
        { position: 1, name: '首页', item: 'https://example.org/' },
        { position: 2, name: '城市要览', item: 'https://example.org/cities/' },
        { position: 3, name: '聊城', item: 'https://example.org/cities/liaocheng/' },
      ],
    });
  });
});

describe('open graph helpers', () => {
  it('maps locales and titles', () => {
    expect(ogLocale('zh')).toBe('zh_CN');
    expect(ogLocale('en')).toBe('en_US');
    expect(pageTitle('聊城', '选择山东')).toBe('聊城 · 选择山东');
    expect(pageTitle('选择山东', '选择山东')).toBe('选择山东');
  });

  it('keeps JSON-LD from closing its script element', () => {
    expect(jsonLdText({ name: '</script><b>' })).toBe('{"name":"\\u003c/script>\\u003cb>"}');
  });

  it('escapes U+2028/U+2029, control characters and lone surrogates in JSON-LD', () => {
    const text = jsonLdText({ name: 'a\u2028b\u2029c\u0001d\uD800' });
    expect(text).toBe('{"name":"a\\u2028b\\u2029c\\u0001d\\ud800"}');
    expect(JSON.parse(text)).toEqual({ name: 'a\u2028b\u2029c\u0001d\uD800' });
  });
});

describe('hreflangLinks', () => {
  it('lists both languages and x-default (Chinese) from either side', () => {
    const fromEn = hreflangLinks('en', `${site}en/a/`, 'zh', `${site}a/`);
    expect(fromEn).toEqual([
      { hreflang: 'zh-Hans', href: `${site}a/` },
      { hreflang: 'en', href: `${site}en/a/` },
      { hreflang: 'x-default', href: `${site}a/` },
    ]);
    expect(hreflangLinks('zh', `${site}a/`, 'en', `${site}en/a/`)).toEqual(fromEn);
  });
});

describe('feeds', () => {
  it('has one feed per news column, none for guides or city topics', () => {
    expect(FEED_COLUMNS).toEqual(['news_brief', 'investment_news', 'key_meetings', 'industry_news']);
    expect(feedPath('en', 'investment_news')).toBe('/en/rss/investment-news.xml');
    expect(columnFeeds('zh', 'key_meetings')).toEqual([
      { title: 'RSS · 重要会议', href: '/rss/key-meetings.xml' },
    ]);
    expect(columnFeeds('zh', 'settle_tax')).toEqual([]);
  });

  it('finds the feeds of column listing pages and the news section page by path', () => {
    expect(feedsForPath('en', '/en/news/key-meetings/page/3/')).toEqual([
      { title: 'RSS · Key meetings', href: '/en/rss/key-meetings.xml' },
    ]);
    // 重大活动 moved to /events/, which has a calendar feed instead.
    expect(feedsForPath('zh', '/news/')).toHaveLength(4);
    expect(feedsForPath('zh', '/talent/talent-policy/')).toEqual([]);
    expect(feedsForPath('zh', '/articles/news-a/')).toEqual([]);
  });
});

/** Parses XML with saxes (which checks every character against XML 1.0); returns the text of each element by name. */
function parseXml(xml: string): Map<string, string[]> {
  const texts = new Map<string, string[]>();
  const open: { name: string; text: string }[] = [];
  const parser = new SaxesParser({ xmlns: false });
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    open.push({ name: tag.name, text: '' });
  });
  parser.on('text', (text) => {
    const top = open.at(-1);
    if (top) top.text += text;
  });
  parser.on('closetag', () => {
    const top = open.pop();
    if (top) texts.set(top.name, [...(texts.get(top.name) ?? []), top.text]);
  });
  parser.write(xml).close();
  return texts;
}

describe('renderRss (@astrojs/rss)', () => {
  const channel = {
    title: '选择山东 · 投资动态',
    link: `${site}news/investment-news/`,
    description: 'A & B',
    language: 'zh-cn',
    selfUrl: `${site}rss/investment-news.xml`,
  };
  const item = {
    title: '<新> 项目',
    link: `${site}articles/a/`,
    description: null,
    publishedAt: '2024-05-01T02:00:00.000Z',
    author: '王编辑',
    category: '投资动态',
  };

  it('writes an escaped RSS 2.0 channel with atom:link self, language and items as given', async () => {
    const older = {
      ...item,
      title: 'older',
      link: `${site}articles/b/`,
      publishedAt: '2024-04-01T00:00:00.000Z',
    };
    const xml = await renderRss(channel, [item, older]);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><rss version="2.0"/);
    expect(xml).toContain('xmlns:atom="http://www.w3.org/2005/Atom"');
    expect(xml).toContain('xmlns:dc="http://purl.org/dc/elements/1.1/"');
    expect(xml).toContain('<description>A &amp; B</description>');
    expect(xml).toContain(`<link>${site}news/investment-news/</link>`);
    expect(xml).toContain('<language>zh-cn</language>');
    expect(xml).toContain(
      `<atom:link href="${site}rss/investment-news.xml" rel="self" type="application/rss+xml"/>`,
    );
    expect(xml).toContain('<title>&lt;新&gt; 项目</title>');
    expect(xml).toContain(`<guid isPermaLink="true">${site}articles/a/</guid>`);
    expect(xml).toContain('<pubDate>Wed, 01 May 2024 02:00:00 GMT</pubDate>');
    expect(xml).toContain('<category>投资动态</category>');
    expect(xml).toContain('<lastBuildDate>Wed, 01 May 2024 02:00:00 GMT</lastBuildDate>');
    expect(xml).toContain('<dc:creator>王编辑</dc:creator>');
    expect(xml).not.toContain('<author>');
    const texts = parseXml(xml);
    expect(texts.get('title')).toEqual(['选择山东 · 投资动态', '<新> 项目', 'older']);
    expect(texts.get('link')).toEqual([
      `${site}news/investment-news/`,
      `${site}articles/a/`,
      `${site}articles/b/`,
    ]);
    expect(texts.get('description')).toEqual(['A & B']);
  });

  it('writes an editor name as given, even one that looks like a number or has outer spaces', async () => {
    const names = ['007', ' 1e3 ', '0x10', '&amp; <b>'];
    const xml = await renderRss(
      channel,
      names.map((author, n) => ({ ...item, author, link: `${site}articles/${n}/` })),
    );
    expect(parseXml(xml).get('dc:creator')).toEqual(names);
    expect(xml).not.toContain('\uFFFF');
  });

  it('gives identical bytes for identical content (lastBuildDate is the newest item, not the build time)', async () => {
    expect(await renderRss(channel, [item])).toBe(await renderRss(channel, [item]));
  });

  it('drops characters XML 1.0 forbids (U+0001, U+FFFF, U+FFFE, lone surrogates) from every field', async () => {
    const bad = 'a\u0001b\uFFFFc\uFFFEd\uD800e\u001Ff';
    const xml = await renderRss(
      { title: bad, link: site, description: bad, language: 'en', selfUrl: `${site}rss.xml` },
      [
        {
          title: bad,
          link: `${site}a/`,
          description: bad,
          publishedAt: '2024-05-01T02:00:00.000Z',
          author: bad,
          category: bad,
        },
      ],
    );
    for (const char of ['\u0001', '\u001F', '\uFFFF', '\uFFFE', '\uD800']) expect(xml).not.toContain(char);
    const texts = parseXml(xml);
    expect(texts.get('title')).toEqual(['abcdef', 'abcdef']);
    expect(texts.get('description')).toEqual(['abcdef', 'abcdef']);
    expect(texts.get('category')).toEqual(['abcdef']);
    expect(texts.get('dc:creator')).toEqual(['abcdef']);
  });

  it('parses with a title holding U+0001 and U+FFFF, keeping the rest of the title', async () => {
    const xml = await renderRss(channel, [{ ...item, title: '山东\u0001 & <投资>\uFFFF 项目' }]);
    expect(parseXml(xml).get('title')?.[1]).toBe('山东 & <投资> 项目');
  });

  it('keeps tab, LF, CR and astral characters', async () => {
    const xml = await renderRss(
      { title: 'a\tb\nc\rd😀', link: site, description: 'd', language: 'en', selfUrl: site },
      [],
    );
    expect(xml).toContain('<title>a\tb\nc\rd😀</title>');
  });

  it('writes a valid empty channel', async () => {
    const xml = await renderRss(
      { title: 't', link: site, description: 'd', language: 'en', selfUrl: site },
      [],
    );
    expect(xml).not.toContain('<item>');
    expect(xml).not.toContain('lastBuildDate');
    expect(parseXml(xml).get('title')).toEqual(['t']);
  });
});

describe('websiteJsonLd', () => {
  it('points the SearchAction at the locale’s search page', () => {
    expect(websiteJsonLd('en', 'Select Shandong', site)).toMatchObject({
      '@type': 'WebSite',
      url: 'https://example.org/en/',
      inLanguage: 'en',
      potentialAction: { target: 'https://example.org/en/search/?q={search_term_string}' },
    });
  });
});
