import { ARTICLE_COLUMNS } from '@select-shandong/shared-types';

/** The columns synthetic articles are spread over: every column the site shows. */
const COLUMNS = ARTICLE_COLUMNS;

const ZH_WORDS = [
  '项目',
  '园区',
  '投资',
  '产业链',
  '新旧动能转换',
  '营商环境',
  '开放合作',
  '创新平台',
  '人才',
  '海洋经济',
  '先进制造',
  '数字经济',
  '绿色低碳',
  '招商引资',
  '服务企业',
  '外资企业',
  '重点项目',
  '高质量发展',
];
const EN_WORDS = [
  'project',
  'park',
  'investment',
  'supply chain',
  'innovation',
  'business environment',
  'cooperation',
  'talent',
  'marine economy',
  'manufacturing',
  'digital economy',
  'green',
  'foreign-invested',
  'services',
  'growth',
  'industry',
];

/** A small deterministic generator (mulberry32), so every run loads the same articles. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One synthetic article: shared fields plus zh and en text, relations by documentId. */
export interface SyntheticArticle {
  shared: Record<string, unknown>;
  zh: Record<string, unknown>;
  en: Record<string, unknown>;
}

function sentence(words: string[], next: () => number, length: number, joiner: string): string {
  return Array.from({ length }, () => words[Math.floor(next() * words.length)]).join(joiner);
}

/**
 * Generates article `index` of a benchmark run, spread over columns, cities and industries,
 * with a markdown body of a few paragraphs in each locale.
 */
export function syntheticArticle(
  index: number,
  refs: { cities: string[]; industries: string[] },
): SyntheticArticle {
  const next = random(index + 1);
  const pick = (list: string[]) => list[Math.floor(next() * list.length)];
  const zhParagraphs = Array.from({ length: 4 }, () => `${sentence(ZH_WORDS, next, 24, '，')}。`);
  const enParagraphs = Array.from({ length: 4 }, () => `${sentence(EN_WORDS, next, 30, ' ')}.`);
  const day = new Date(Date.UTC(2020, 0, 1) + Math.floor(next() * 6 * 365) * 86_400_000);
  return {
    shared: {
      slug: `bench-${index}`,
      column: COLUMNS[index % COLUMNS.length],
      releasedAt: day.toISOString(),
      city: pick(refs.cities),
      industries: [pick(refs.industries)],
      parks: [],
    },
    zh: {
      title: `基准测试文章 ${index}：${sentence(ZH_WORDS, next, 3, '')}`,
      summary: sentence(ZH_WORDS, next, 8, '，'),
      body: `## ${sentence(ZH_WORDS, next, 2, '')}\n\n${zhParagraphs.join('\n\n')}`,
      source: '基准测试',
      editor: '基准',
    },
    en: {
      title: `Benchmark article ${index}: ${sentence(EN_WORDS, next, 3, ' ')}`,
      summary: sentence(EN_WORDS, next, 12, ' '),
      body: `## ${sentence(EN_WORDS, next, 2, ' ')}\n\n${enParagraphs.join('\n\n')}`,
      source: 'Benchmark',
      editor: 'Bench',
    },
  };
}
