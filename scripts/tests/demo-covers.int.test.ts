// A freshly seeded Strapi has its generated covers: every city, industry and park and the home
// page's headline articles carry one, with Chinese alt text and English caption, through the
// content API as the build reads it, and the bytes Strapi serves decode as the stated images.
import { demoContent } from '@select-shandong/cms/seed/fixtures';
import { API_TYPES } from '@select-shandong/shared-types';
import sharp from 'sharp';
import { beforeAll, describe, expect, inject, it } from 'vitest';

const { url, token } = inject('seededStrapi');

interface Cover {
  id: number;
  name: string;
  url: string;
  alternativeText: string | null;
  caption: string | null;
  width: number | null;
  height: number | null;
  mime: string;
}
interface Document {
  documentId: string;
  slug: string;
  cover: Cover | null;
}

const COVER_FIELDS = ['name', 'url', 'alternativeText', 'caption', 'width', 'height', 'mime']
  .map((field, i) => `populate[cover][fields][${i}]=${field}`)
  .join('&');

async function documents(path: string, locale: string, query = ''): Promise<Document[]> {
  const response = await fetch(
    `${url}/api/${path}?locale=${locale}&fields[0]=slug&${COVER_FIELDS}&pagination[pageSize]=100${query}`,
    { headers: { authorization: `Bearer ${token}` } },
  );
  expect(response.status, `${path} (${locale})`).toBe(200);
  return ((await response.json()) as { data: Document[] }).data;
}

const TYPES = ['city', 'industry', 'park'] as const;
const byType: Record<string, { zh: Document[]; en: Document[] }> = {};
let headlines: Document[] = [];

beforeAll(async () => {
  for (const type of TYPES) {
    const { path } = API_TYPES[type];
    byType[type] = { zh: await documents(path, 'zh-Hans'), en: await documents(path, 'en') };
  }
  // The home page's 头条资讯 on the demo content: the six newest articles of the news columns
  // (site/src/lib/home/featured.ts). Chosen from the fixtures, as other test files add articles.
  const news = ['news_brief', 'investment_news', 'key_meetings', 'major_events', 'industry_news'];
  const slugs = demoContent.articles
    .filter((article) => news.includes(article.column))
    .sort((a, b) => Date.parse(b.releasedAt) - Date.parse(a.releasedAt))
    .slice(0, 6)
    .map((article, i) => `filters[slug][$in][${i}]=${article.slug}`);
  headlines = await documents('articles', 'zh-Hans', `&${slugs.join('&')}`);
});

describe('demo covers in a freshly seeded Strapi', () => {
  it.each(TYPES)(
    'every %s has a cover with alt text in Chinese and an English caption, in both locales',
    (type) => {
      const { zh, en } = byType[type] ?? { zh: [], en: [] };
      expect(zh.length).toBeGreaterThan(0);
      for (const document of [...zh, ...en]) {
        const where = `${type} ${document.slug}`;
        // Named as the seed names it: another test file's upload would not count.
        expect(document.cover?.name, where).toBe(`demo-${type}-${document.slug}.webp`);
        expect(document.cover?.alternativeText, where).toMatch(/[\u4e00-\u9fff]/);
        expect(document.cover?.caption, where).toMatch(/^[A-Z][\x20-\x7e’]+$/);
      }
      // The cover is not localized: the English version shows the same file.
      const zhCover = new Map(zh.map((d) => [d.documentId, d.cover?.id]));
      for (const document of en) expect(document.cover?.id).toBe(zhCover.get(document.documentId));
    },
  );

  it('the six headline articles have covers with alt text', () => {
    expect(headlines).toHaveLength(6);
    for (const article of headlines) {
      expect(article.cover?.name, article.slug).toBe(`demo-article-${article.slug}.webp`);
      expect(article.cover?.alternativeText, article.slug).toMatch(/[\u4e00-\u9fff]/);
      expect(article.cover?.caption, article.slug).toMatch(/^[A-Z][\x20-\x7e’]+$/);
    }
  });

  it('Strapi serves each cover as a WebP of the stated size, at most 150 KB', async () => {
    const covers = [...TYPES.flatMap((type) => byType[type]?.zh ?? []), ...headlines].map((d) => d.cover);
    const distinct = new Map(covers.filter((c): c is Cover => c !== null).map((c) => [c.id, c]));
    expect(distinct.size).toBeGreaterThan(60);
    for (const cover of distinct.values()) {
      const response = await fetch(cover.url.startsWith('/') ? `${url}${cover.url}` : cover.url);
      expect(response.status, cover.url).toBe(200);
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(bytes.length, cover.url).toBeLessThanOrEqual(150 * 1024);
      const { format, width, height } = await sharp(bytes).metadata();
      expect({ format, width, height }, cover.url).toEqual({
        format: 'webp',
        width: cover.width,
        height: cover.height,
      });
      expect(cover.mime).toBe('image/webp');
      expect(width).toBeLessThanOrEqual(1600);
    }
  });
});
