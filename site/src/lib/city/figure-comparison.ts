import type { City, KeyFigure } from '@select-shandong/shared-types';

/** One bar of a comparison chart. */
export interface ComparisonBar {
  slug: string;
  name: string;
  value: number;
  /** The value as editors wrote it, e.g. `12,757`. */
  text: string;
}

/** A key figure compared across the cities that report it under the same label and unit. */
export interface FigureComparison {
  label: string;
  unit: string | null;
  year: number | null;
  /** Largest value first. */
  bars: ComparisonBar[];
}

/** The number in a figure as editors write it (`12,757`, `1 234.5`), or null when it is not one. */
export function parseFigureValue(value: string): number | null {
  const cleaned = value.replace(/[,\s，]/g, '');
  return /^-?\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : null;
}

const sameFigure = (a: KeyFigure, b: KeyFigure) => a.label === b.label && (a.unit ?? '') === (b.unit ?? '');

/**
 * Comparisons for a city's figures that at least `minShare` of all cities report with the same
 * label and unit as numbers (population, GDP, area …); figures only this city has are left out,
 * since a chart of one bar says nothing.
 */
export function figureComparisons(cities: readonly City[], city: City, minShare = 0.75): FigureComparison[] {
  return city.keyFigures.flatMap((figure) => {
    if (parseFigureValue(figure.value) === null) return [];
    const bars = cities.flatMap((other) => {
      const match = other.keyFigures.find((candidate) => sameFigure(candidate, figure));
      const value = match ? parseFigureValue(match.value) : null;
      return match && value !== null
        ? [{ slug: other.slug, name: other.name, value, text: match.value }]
        : [];
    });
    if (bars.length < 2 || bars.length < cities.length * minShare) return [];
    bars.sort((a, b) => b.value - a.value || a.slug.localeCompare(b.slug));
    return [{ label: figure.label, unit: figure.unit, year: figure.year, bars }];
  });
}
