/**
 * The integer fields that hold a year, by content-type or component uid. Strapi's number input
 * and list cells group digits by locale (2023 reads "2,023"); the admin shows these as years.
 */
export const YEAR_FIELDS: Record<string, readonly string[]> = {
  'shared.key-figure': ['year'],
  'api::park.park': ['foundedYear'],
};

const YEAR_ATTRIBUTES = new Set(Object.values(YEAR_FIELDS).flat());

/**
 * Whether the form field at `path` (`foundedYear`, `keyFigures.0.year`) is a year: the admin's
 * inputs know their path, not their uid, so the attribute name decides (a test keeps the names
 * unambiguous across the schema files).
 */
export function isYearField(path: string): boolean {
  const attribute = path
    .split('.')
    .filter((segment) => !/^\d+$/.test(segment))
    .pop();
  return attribute !== undefined && YEAR_ATTRIBUTES.has(attribute);
}

/**
 * The value of a year field after the editor typed `text`: a number, null when emptied, or
 * undefined to refuse the keystroke (anything but up to four digits).
 */
export function parseYearText(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (!/^\d{1,4}$/.test(trimmed)) return undefined;
  return Number(trimmed);
}
