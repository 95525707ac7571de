// Regenerates site/src/lib/map/shandong-map.data.json: `pnpm --filter @select-shandong/site run map`.
import { writeFileSync } from 'node:fs';
import { generateShandongMap, MAP_DATA_FILE, serializeShandongMap } from './generate-shandong-map.ts';

const started = performance.now();
const map = generateShandongMap();
writeFileSync(MAP_DATA_FILE, serializeShandongMap(map));
const pathBytes = map.cities.reduce((sum, city) => sum + city.d.length, 0);
console.log(
  `Wrote ${MAP_DATA_FILE}: ${map.cities.length} cities, ${pathBytes} bytes of path data, ` +
    `${Math.round(performance.now() - started)} ms`,
);
