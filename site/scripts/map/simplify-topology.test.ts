import { feature } from 'topojson-client';
import { describe, expect, it } from 'vitest';
import type { Point } from '../../src/lib/map/shandong-map.ts';
import { type PlanarPolygon, simplifiedTopology } from './simplify-topology.ts';

/** A jagged vertical line from (50, 0) to (50, 100): small wiggles a simplifier straightens. */
const border: Point[] = Array.from({ length: 21 }, (_, i) => [
  50 + (i % 2) * 0.4 + (i === 10 ? 8 : 0),
  i * 5,
]);

const left: PlanarPolygon = [[[0, 0], ...border, [0, 100]]];
const right: PlanarPolygon = [[[100, 0], [100, 100], ...[...border].reverse()]];

/** The first ring of a part of the topology, as `x,y` strings (every part is a MultiPolygon). */
const ringOf = (result: ReturnType<typeof simplifiedTopology>, key: string) => {
  const part = result.parts.get(key);
  if (part?.type !== 'MultiPolygon') throw new Error(`expected a MultiPolygon for ${key}`);
  return (feature(result.topology, part).geometry.coordinates[0]?.[0] ?? []).map((p) => p.join(','));
};

describe('simplifiedTopology', () => {
  const result = simplifiedTopology(
    new Map([
      ['left', [left]],
      ['right', [right]],
    ]),
    { minTriangleArea: 2, minIslandArea: 1 },
  );

  it('simplifies a shared border once, so both sides keep the same points', () => {
    const onBorder = (points: string[]) =>
      points.filter((p) => Number(p.split(',')[0]) >= 50 && Number(p.split(',')[0]) < 60);
    const leftBorder = onBorder(ringOf(result, 'left'));
    const rightBorder = onBorder(ringOf(result, 'right'));
    expect(leftBorder.length).toBeLessThan(border.length);
    expect(leftBorder).toContain('58,50');
    expect([...new Set(leftBorder)].sort()).toEqual([...new Set(rightBorder)].sort());
  });

  it('drops islands smaller than the minimum area and keeps larger ones', () => {
    const speck: PlanarPolygon = [
      [
        [200, 200],
        [200.5, 200],
        [200.5, 200.5],
        [200, 200.5],
      ],
    ];
    const island: PlanarPolygon = [
      [
        [300, 300],
        [310, 300],
        [310, 310],
        [300, 310],
      ],
    ];
    const islands = simplifiedTopology(
      new Map([
        ['speck', [speck]],
        ['island', [island]],
      ]),
      { minTriangleArea: 2, minIslandArea: 1 },
    );
    const rings = (key: string) => {
      const part = islands.parts.get(key);
      return part?.type === 'MultiPolygon' ? feature(islands.topology, part).geometry.coordinates.length : 0;
    };
    expect(rings('island')).toBe(1);
    expect(rings('speck')).toBe(0);
  });
});
