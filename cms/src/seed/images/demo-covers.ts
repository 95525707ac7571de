// Which demo documents get a generated cover, what it shows and its alternative text.
import type {
  ArticleFixture,
  CityFixture,
  IndustryFixture,
  ParkFixture,
  ParkLevel,
  ParkType,
} from '../fixture-types';
import { cityMapSvg } from './city-cover';
import { industryMotif, industrySvg } from './industry-cover';

/** One generated picture: its file name in the media library, how to draw it, and its alt text. */
export interface DemoCover {
  /** Stable file name: the seed reuses a file of this name instead of uploading it again. */
  fileName: string;
  /** The picture as SVG (drawn only when the file has to be uploaded). */
  svg: () => string;
  /** Alternative text: `zh` goes in the file's 替代文字 (alternativeText), `en` in its caption. */
  alt: { zh: string; en: string };
}

/** What the seed needs of the cities, to name a park's or an article's city. */
export type CityNames = ReadonlyMap<string, { zh: string; en: string }>;
/** What the seed needs of the industries, to name an article's industry. */
export type IndustryNames = ReadonlyMap<string, { zh: string; en: string }>;

const PARK_LEVELS: Record<ParkLevel, { zh: string; en: string }> = {
  national: { zh: '国家级', en: 'national' },
  provincial: { zh: '省级', en: 'provincial' },
};
const PARK_TYPES: Record<ParkType, { zh: string; en: string }> = {
  economic_development_zone: { zh: '经济技术开发区', en: 'development zone' },
  high_tech_zone: { zh: '高新技术产业开发区', en: 'high-tech zone' },
  customs_special_zone: { zh: '海关特殊监管区域', en: 'special customs zone' },
};

/** The city cover: the province map with the city in red, its Chinese and English names. */
export function cityCover(city: CityFixture): DemoCover {
  const en = city.en?.name ?? city.slug;
  return {
    fileName: `demo-city-${city.slug}.webp`,
    svg: () =>
      cityMapSvg(city.slug, { kicker: '山东省 · 城市要览', title: city.zh.name, subtitle: en }, 'light'),
    alt: {
      zh: `山东省地图，${city.zh.name}市以红色标出`,
      en: `Map of Shandong province with ${en} highlighted in red`,
    },
  };
}

/** The industry cover: its name and geometric sign on the portal's red. */
export function industryCover(industry: IndustryFixture): DemoCover {
  const motif = industryMotif(industry.slug);
  const en = industry.en?.name ?? industry.slug;
  return {
    fileName: `demo-industry-${industry.slug}.webp`,
    svg: () =>
      industrySvg(
        industry.slug,
        { kicker: '山东 · 十强产业', title: industry.zh.name, subtitle: en },
        'dark',
      ),
    alt: {
      zh: `十强产业“${industry.zh.name}”题图：红底白色${motif.zh}`,
      en: `${en}, one of Shandong's ten priority industries: ${motif.en} in white on red`,
    },
  };
}

function cityName(cities: CityNames, slug: string, where: string): { zh: string; en: string } {
  const name = cities.get(slug);
  if (!name) throw new Error(`demo images: ${where} refers to unknown city "${slug}"`);
  return name;
}

/** The park cover: its city on the province map, with the park's name and level. */
export function parkCover(park: ParkFixture, cities: CityNames): DemoCover {
  const city = cityName(cities, park.city, `park ${park.slug}`);
  const level = PARK_LEVELS[park.level];
  const kind = PARK_TYPES[park.parkType];
  const en = park.en?.name ?? park.slug;
  return {
    fileName: `demo-park-${park.slug}.webp`,
    svg: () =>
      cityMapSvg(park.city, { kicker: `${city.zh} · ${level.zh}园区`, title: park.zh.name }, 'light'),
    alt: {
      zh: `山东省地图，${park.zh.name}所在的${city.zh}市以红色标出`,
      en: `Map of Shandong with ${city.en}, home of the ${level.en} ${kind.en} ${en}, highlighted in red`,
    },
  };
}

// The home page's 头条资讯 are the newest articles of these columns (site/src/lib/home/featured.ts).
const NEWS_COLUMNS = new Set([
  'news_brief',
  'investment_news',
  'key_meetings',
  'major_events',
  'industry_news',
]);
/** How many of the newest news articles get a cover (the home page shows six headlines). */
export const HEADLINE_COVERS = 8;
/** Of the other articles, every this-many-th (newest first) gets one, so lists mix both kinds. */
const OTHER_ARTICLES_EVERY = 3;

/**
 * The slugs of the articles that get a cover: the newest news articles (every headline the home
 * page can show) and every third of the others.
 */
export function articlesWithCovers(articles: readonly ArticleFixture[]): Set<string> {
  const newestFirst = [...articles].sort((a, b) => Date.parse(b.releasedAt) - Date.parse(a.releasedAt));
  const headlines = newestFirst.filter((a) => NEWS_COLUMNS.has(a.column)).slice(0, HEADLINE_COVERS);
  const others = newestFirst.filter((a) => !headlines.includes(a));
  const picked = [...headlines, ...others.filter((_, i) => i % OTHER_ARTICLES_EVERY === 0)];
  return new Set(picked.map((a) => a.slug));
}

/**
 * An article's cover: its city on the dark map when it names one, else its first industry's sign
 * on a pale ground, else the whole province on the dark map.
 */
export function articleCover(
  article: ArticleFixture,
  cities: CityNames,
  industries: IndustryNames,
): DemoCover {
  const fileName = `demo-article-${article.slug}.webp`;
  if (article.city) {
    const city = cityName(cities, article.city, `article ${article.slug}`);
    return {
      fileName,
      svg: () =>
        cityMapSvg(
          article.city ?? '',
          { kicker: '选择山东 · 资讯', title: city.zh, subtitle: city.en },
          'dark',
        ),
      alt: {
        zh: `山东省地图，${city.zh}市以白色标出`,
        en: `Map of Shandong province with ${city.en} highlighted in white`,
      },
    };
  }
  const industrySlug = article.industries[0];
  const industry = industrySlug ? industries.get(industrySlug) : undefined;
  if (!industrySlug || !industry) {
    return {
      fileName,
      svg: () =>
        cityMapSvg(undefined, { kicker: '选择山东 · 资讯', title: '山东', subtitle: 'Shandong' }, 'dark'),
      alt: {
        zh: '山东省地图，全省16个市以白色标出',
        en: 'Map of Shandong province with all 16 cities in white',
      },
    };
  }
  const motif = industryMotif(industrySlug);
  return {
    fileName,
    svg: () =>
      industrySvg(
        industrySlug,
        { kicker: '选择山东 · 资讯', title: industry.zh, subtitle: industry.en },
        'light',
      ),
    alt: {
      zh: `“${industry.zh}”产业题图：浅色底红色${motif.zh}`,
      en: `${industry.en}: ${motif.en} in red on a pale ground`,
    },
  };
}
