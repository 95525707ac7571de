import { pinyin } from 'pinyin-pro';

/** The slug rule of every schema.json `slug` (and shared-types' slugSchema). */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Suggestions stay well under the 120-character limit, leaving room for a `-2` suffix. */
const MAX_SUGGESTION_LENGTH = 80;

const HAN = /\p{Script=Han}/u;

/** True when `text` has Chinese characters, which Strapi's own slugify drops. */
export function hasChinese(text: string): boolean {
  return HAN.test(text);
}

/**
 * An ASCII slug for a title: Chinese characters as toneless pinyin, one syllable per hyphenated
 * part (济南高新区 → ji-nan-gao-xin-qu), Latin words and digits kept, everything lower-cased and
 * cut at a hyphen to at most 80 characters. Empty when nothing in the title can be spelled.
 */
export function suggestSlug(title: string): string {
  // Accents off first (Zürich → Zurich): pinyin-pro would otherwise read ü as a syllable.
  const plain = title.normalize('NFKD').replace(/\p{M}/gu, '');
  const spelled = pinyin(plain, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  const slug = spelled
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_SUGGESTION_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SUGGESTION_LENGTH + 1);
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : MAX_SUGGESTION_LENGTH);
}
