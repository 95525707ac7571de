import type { Media } from '@select-shandong/shared-types';

/** The size attributes of one responsive picture. */
export interface PictureSize {
  /** Width of the fallback `<img>` (the largest one served). */
  width: number;
  /** Height matching `width`, so the page does not shift while it loads. */
  height: number;
  /** The srcset widths, never wider than the original. */
  widths: number[];
}

/**
 * Widths for a picture shown at most `maxWidth` CSS pixels wide: `candidates` up to twice that
 * (high-density screens) and never above the original, which Astro would only upscale.
 */
export function pictureSize(
  media: Pick<Media, 'width' | 'height'>,
  candidates: readonly number[],
  maxWidth: number,
): PictureSize | null {
  if (!media.width || !media.height) return null;
  const limit = Math.min(media.width, maxWidth * 2);
  const widths = candidates.filter((width) => width <= limit);
  if (widths.length === 0 || (widths.at(-1) ?? 0) < limit) widths.push(limit);
  const width = widths.at(-1) ?? limit;
  return { width, height: Math.round((media.height * width) / media.width), widths };
}
