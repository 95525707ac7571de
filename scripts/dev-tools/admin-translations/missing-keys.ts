import type { Messages } from './strapi-messages.ts';

/** One English admin string that no Chinese translation covers. */
export interface MissingKey {
  key: string;
  english: string;
}

/**
 * The keys of `english` that neither Strapi's Chinese table nor ours translates, sorted; those are
 * the strings the admin shows a Chinese editor in English (it falls back to English per key).
 */
export function missingKeys(english: Messages, strapiChinese: Messages, ours: Messages): MissingKey[] {
  return Object.keys(english)
    .filter((key) => !(key in strapiChinese) && !(key in ours))
    .sort()
    .map((key) => ({ key, english: english[key] ?? '' }));
}

/** The keys of `ours` that English does not have: typos, or keys a Strapi upgrade renamed. */
export function unknownKeys(english: Messages, ours: Messages, allowed: ReadonlySet<string>): string[] {
  return Object.keys(ours)
    .filter((key) => !(key in english) && !allowed.has(key))
    .sort();
}
