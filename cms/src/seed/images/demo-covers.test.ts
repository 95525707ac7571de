// The generated demo covers: WebP at the stated size, the city's own outline in the highlight
// colour, every industry with a sign, alt text in both languages, and the map copy in step with the site's.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { demoContent } from '../fixtures';
import { mapPointToPixel } from './city-cover';
import {
  articleCover,
  articlesWithCovers,
  type CityNames,
  cityCover,
  industryCover,
  parkCover,
} from './demo-covers';
import { PALETTE } from './palette';
import { renderCover } from './render-cover';
import { mapCity, provinceMap } from './shandong-map';
import { breakChineseName, COVER_PIXELS } from './svg-text';

const names = (items: Array<{ slug: string; zh: { name: string }; en?: { name: string } }>): CityNames =>
  new Map(items.map((f) => [f.slug, { zh: f.zh.name, en: f.en?.name ?? f.slug }]));
const cities = names(demoContent.cities);
const industries = names(demoContent.industries);

/** Decodes a WebP and reads the colour of one pixel. */
async function decode(bytes: Buffer) {
  const image = sharp(bytes);
  const { format, width, height } = await image.metadata();
  const { data, info } = await image.removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const pixel = ({ x, y }: { x: number; y: number }) => {
    const at = (Math.round(y) * info.width + Math.round(x)) * info.channels;
    return [data[at], data[at + 1], data[at + 2]];
  };
  return { format, width, height, pixel };
}

const rgb = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
/** WebP is lossy: a colour counts as the expected one within a small distance per channel. */
const near = (actual: Array<number | undefined>, hex: string) =>
  rgb(hex).every((channel, i) => Math.abs((actual[i] ?? -999) - channel) <= 12);

describe('city covers', () => {
  it.each(demoContent.cities.map((city) => [city.slug, city] as const))(
    '%s: a 1200 × 675 WebP with the city, and only it, in the highlight colour',
    async (slug, city) => {
      const bytes = await renderCover(cityCover(city).svg());
      const image = await decode(bytes);
      expect({ format: image.format, width: image.width, height: image.height }).toEqual({
        format: 'webp',
        ...COVER_PIXELS,
      });
      expect(bytes.length).toBeLessThan(150 * 1024);
      expect(image.pixel(mapPointToPixel(mapCity(slug).label))).toSatisfy((p: number[]) =>
        near(p, PALETTE.red800),
      );
      const neighbour = provinceMap().cities.find((c) => c.slug !== slug);
      expect(image.pixel(mapPointToPixel(neighbour?.label ?? [0, 0]))).toSatisfy((p: number[]) =>
        near(p, PALETTE.slate200),
      );
    },
  );
});

describe('industry covers', () => {
  it.each(demoContent.industries.map((industry) => [industry.slug, industry] as const))(
    '%s: a 1200 × 675 WebP on red with its sign in white on the right',
    async (_slug, industry) => {
      const bytes = await renderCover(industryCover(industry).svg());
      const image = await decode(bytes);
      expect([image.format, image.width, image.height]).toEqual(['webp', 1200, 675]);
      expect(bytes.length).toBeLessThan(150 * 1024);
      expect(image.pixel({ x: 20, y: 20 })).toSatisfy((p: number[]) => near(p, PALETTE.red800));
      // The sign sits in the right third: some of its pixels are white.
      let white = 0;
      for (let x = 720; x < 1180; x += 10)
        for (let y = 140; y < 540; y += 10) if (near(image.pixel({ x, y }), PALETTE.white)) white += 1;
      expect(white).toBeGreaterThan(50);
    },
  );
});

describe('which documents get covers', () => {
  const picked = articlesWithCovers(demoContent.articles);

  it('every headline the home page can show (the six newest news articles) and about a third of all', () => {
    const news = ['news_brief', 'investment_news', 'key_meetings', 'major_events', 'industry_news'];
    const headlines = [...demoContent.articles]
      .filter((a) => news.includes(a.column))
      .sort((a, b) => Date.parse(b.releasedAt) - Date.parse(a.releasedAt))
      .slice(0, 6);
    for (const article of headlines) expect(picked, article.slug).toContain(article.slug);
    expect(picked.size).toBeGreaterThan(demoContent.articles.length / 4);
    expect(picked.size).toBeLessThan(demoContent.articles.length / 2);
  });

  it('each picked article can be drawn, and every cover has a unique file name and alt text in both languages', () => {
    const covers = [
      ...demoContent.cities.map(cityCover),
      ...demoContent.industries.map(industryCover),
      ...demoContent.parks.map((park) => parkCover(park, cities)),
      ...demoContent.articles
        .filter((article) => picked.has(article.slug))
        .map((article) => articleCover(article, cities, industries)),
    ];
    expect(covers).not.toContain(undefined);
    const names = covers.map((cover) => cover?.fileName);
    expect(new Set(names).size).toBe(names.length);
    for (const cover of covers) {
      expect(cover?.alt.zh, cover?.fileName).toMatch(/[\u4e00-\u9fff]{4}/);
      expect(cover?.alt.en, cover?.fileName).toMatch(/^[\x20-\x7e’]{20,}$/);
    }
  });
});

describe('park names on covers', () => {
  it('break after the place name, before the kind of zone', () => {
    expect(breakChineseName('明水经济技术开发区', 9)).toEqual(['明水', '经济技术开发区']);
    expect(breakChineseName('威海火炬高技术产业开发区', 9)).toEqual(['威海火炬', '高技术产业开发区']);
    expect(breakChineseName('济南', 9)).toEqual(['济南']);
  });
});

describe('the province map', () => {
  it('is the site’s own map data, byte for byte (copy site/src/lib/map/shandong-map.data.json here after `pnpm --filter @select-shandong/site run map`)', () => {
    const read = (file: string) => readFileSync(path.resolve(__dirname, file), 'utf8');
    expect(read('shandong-map.data.json')).toBe(read('../../../../site/src/lib/map/shandong-map.data.json'));
    expect(
      provinceMap()
        .cities.map((city) => city.slug)
        .sort(),
    ).toEqual(demoContent.cities.map((city) => city.slug).sort());
  });
});
