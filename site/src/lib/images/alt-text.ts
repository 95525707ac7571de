import type { Media } from '@select-shandong/shared-types';

/**
 * The alternative text of a picture on a page in `locale`. A media file is shared by every language
 * version of a document and Strapi gives it one 替代文字, which editors write in Chinese; the English
 * text goes in its 图片说明 (caption), so English pages read the caption first (docs/editors.md).
 */
export function altText(media: Pick<Media, 'alternativeText' | 'caption'>, locale: string): string {
  const english = locale === 'en' ? media.caption?.trim() : undefined;
  return english || (media.alternativeText ?? '');
}
