import { describe, expect, it } from 'vitest';
import { CITY_BOUNDARY_FILES } from './city-boundary-files.ts';
import { listShandongStems } from './read-boundary-files.ts';

const shandongStems = listShandongStems();

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
  });
});
