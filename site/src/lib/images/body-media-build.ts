// Rewrites a rendered body's CMS uploads to the build's copies (see body-media.ts): images through
// Astro's image pipeline as AVIF/WebP/original pictures, links to files copied at the end.
import { getImage, inferRemoteSize } from 'astro:assets';
import { readCmsEnv, readOutputEnv } from '../../config/env.ts';
import { readMediaOrigins } from '../../config/media-origins.ts';
import { isPreviewServer } from '../../preview/preview-env.ts';
import { type BodyPicture, bodyUploads, rewriteBodyUploads, type UploadResolver } from './body-media.ts';
import { fileCopyPath } from './file-copies.ts';
import { checkImageSource } from './image-source.ts';
import { MediaError, type MediaRef } from './media-error.ts';
import { cmsUploadUrl } from './media-url.ts';
import { pictureSize } from './picture-props.ts';

const BODY_WIDTHS = [320, 480, 640, 800, 960, 1280, 1536];
const BODY_SIZES = '(min-width: 48rem) 48rem, 100vw';
const BODY_MAX_WIDTH = 768;

function uploadResolver(): UploadResolver {
  const { strapiUrl } = readCmsEnv();
  // The site's own origin is never a CMS upload, even when SITE_URL shares the CMS host.
  const site = new URL(readOutputEnv().siteUrl).origin;
  const origins = readMediaOrigins().filter(
    (origin) => origin !== site || origin === new URL(strapiUrl).origin,
  );
  return (url) => cmsUploadUrl(url, strapiUrl, origins);
}

async function bodyPicture(src: string, from: MediaRef): Promise<BodyPicture> {
  await checkImageSource(src, from);
  let size: Awaited<ReturnType<typeof inferRemoteSize>>;
  try {
    size = await inferRemoteSize(src);
  } catch (cause) {
    throw new MediaError(from, src, 'could not be decoded as an image', { cause });
  }
  const picture = pictureSize(size, BODY_WIDTHS, BODY_MAX_WIDTH);
  if (!picture) throw new MediaError(from, src, 'has no width and height');
  const fallbackFormat = size.format === 'png' ? 'png' : 'jpg';
  const common = {
    src,
    width: picture.width,
    height: picture.height,
    widths: picture.widths,
    sizes: BODY_SIZES,
  };
  const [avif, webp, fallback] = await Promise.all(
    (['avif', 'webp', fallbackFormat] as const).map((format) => getImage({ ...common, format })),
  );
  if (!avif || !webp || !fallback) throw new MediaError(from, src, 'was not processed');
  return {
    sources: [
      { type: 'image/avif', srcset: avif.srcSet.attribute },
      { type: 'image/webp', srcset: webp.srcSet.attribute },
    ],
    img: {
      src: fallback.src,
      srcset: fallback.srcSet.attribute,
      sizes: BODY_SIZES,
      width: String(picture.width),
      height: String(picture.height),
    },
  };
}

/** `html` (a rendered body of `from`) with its CMS images and file links pointing at the build's copies. */
export async function withBuildMedia(html: string, from: MediaRef): Promise<string> {
  const resolve = uploadResolver();
  const uploads = bodyUploads(html, resolve);
  if (uploads.images.length === 0 && uploads.files.length === 0) return html;
  const pictures = new Map<string, BodyPicture>();
  for (const src of uploads.images) pictures.set(src, await bodyPicture(src, from));
  // The preview server (astro dev) copies nothing; its links keep pointing at the CMS, which editors reach.
  const files = isPreviewServer()
    ? new Map<string, string>()
    : new Map(uploads.files.map((url) => [url, fileCopyPath(url, from)] as const));
  return rewriteBodyUploads(html, resolve, pictures, files);
}
