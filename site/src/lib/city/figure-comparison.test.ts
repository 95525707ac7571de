import type { City, KeyFigure } from '@select-shandong/shared-types';
import { describe, expect, it } from 'vitest';
import { figureComparisons, parseFigureValue } from './figure-comparison.ts';

const figure = (label: string, value: string, unit: string | null = null): KeyFigure => ({
  label,
  value,
  unit,
  year: 2023,
});
const city = (slug: string, keyFigures: KeyFigure[]) =>
  ({ slug, name: slug.toUpperCase(), keyFigures }) as City;

describe('parseFigureValue', () => {
  it('reads numbers with thousands separators', () => {
    expect(parseFigureValue('12,757')).toBe(12757);
    expect(parseFigureValue('941.5')).toBe(941.5);
    expect(parseFigureValue('1 234')).toBe(1234);
  });

  it('rejects text', () => {
    expect(parseFigureValue('约 900')).toBeNull();
    expect(parseFigureValue('1987')).toBe(1987);
  });
});

describe('figureComparisons', () => {
  const a = city('a', [figure('GDP', '100', '亿元'), figure('Coastline', '30', 'km')]);
  const b = city('b', [figure('GDP', '300', '亿元')]);
  const c = city('c', [figure('GDP', '200', '亿元')]);
  const d = city('d', [figure('GDP', '50', '万元')]);

  it('compares a figure the other cities share, largest first, same unit only', () => {
    const [gdp, ...rest] = figureComparisons([a, b, c, d], a, 0.5);
    expect(rest).toEqual([]);
    expect(gdp?.label).toBe('GDP');
    expect(gdp?.bars.map((bar) => bar.slug)).toEqual(['b', 'c', 'a']);
  });

  it('leaves out figures too few cities report', () => {
    expect(figureComparisons([a, b, c, d], a, 0.9)).toEqual([]);
  });
});
