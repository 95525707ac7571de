// A freshly seeded Strapi has its generated covers: every city, industry and park and the home
// page's headline articles carry one, with Chinese alt text and English caption, through the
// content API as the build reads it, and the bytes Strapi serves decode as the stated images.
import { API_TYPES } from '@select-shandong/shared-types';
import sharp from 'sharp';
import { beforeAll, describe, expect, inject, it } from 'vitest';

const { url, token } = inject('seededStrapi');

interface Cover {
  id: number;
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

const COVER_FIELDS = ['url', 'alternativeText', 'caption', 'width', 'height', 'mime']
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
  // The home page's 头条资讯: the six newest articles of the news columns (site/src/lib/home/featured.ts).
  const news = ['news_brief', 'investment_news', 'key_meetings', 'major_events', 'industry_news'];
  const filter = news.map((column, i) => `filters[column][$in][${i}]=${column}`).join('&');
  headlines = (await documents('articles', 'zh-Hans', `&${filter}&sort=releasedAt:desc`)).slice(0, 6);
});

describe('demo covers in a freshly seeded Strapi', () => {
  it.each(TYPES)(
    'every %s has a cover with alt text in Chinese and an English caption, in both locales',
    (type) => {
      const { zh, en } = byType[type] ?? { zh: [], en: [] };
      expect(zh.length).toBeGreaterThan(0);
      for (const document of [...zh, ...en]) {
        const where = `${type} ${document.slug}`;
        expect(document.cover, where).not.toBeNull();
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
    for (const article of headlines) expect(article.cover?.alternativeText, article.slug).toBeTruthy();
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
