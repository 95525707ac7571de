// The picture a shared link shows (og:image, twitter:image, JSON-LD image): one JPEG of the cover,
// 1200 px wide at most, written into the build like every other picture.

import { getImage } from 'astro:assets';
import type { Media } from '@select-shandong/shared-types';
import { readCmsEnv } from '../../config/env.ts';
import { checkImageSource } from './image-source.ts';
import type { MediaRef } from './media-error.ts';
import { resolveMediaUrl } from './media-url.ts';
import { pictureSize } from './picture-props.ts';

/** A share image: its absolute URL on the site and its size. */
export interface ShareImage {
  url: string;
  width: number;
  height: number;
}

/** The share image of `media` on the page at `site`, or null when its size is unknown. */
export async function shareImage(media: Media, from: MediaRef, site: URL): Promise<ShareImage | null> {
  const src = resolveMediaUrl(media.url, readCmsEnv().strapiUrl);
  await checkImageSource(src, from);
  const size = pictureSize(media, [], 600);
  if (!size) return null;
  const image = await getImage({ src, width: size.width, height: size.height, format: 'jpg' });
  return { url: new URL(image.src, site).href, width: size.width, height: size.height };
}
