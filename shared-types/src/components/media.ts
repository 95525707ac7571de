import { z } from 'zod';

/** An uploaded image as the site requests it (url, alternativeText, caption, width, height). */
export const mediaSchema = z.object({
  /** Absolute URL (S3/CDN) or path relative to the Strapi server (`/uploads/…`). */
  url: z.string().min(1),
  /** Alternative text for screen readers; editors are asked to fill it in. */
  alternativeText: z.string().nullable(),
  /**
   * The media library's 图片说明. A file is shared by every language version of a document, so
   * editors write the English alternative text here; English pages read it before `alternativeText`.
   */
  caption: z.string().nullable(),
  /** Intrinsic width in pixels, when known. */
  width: z.number().int().nullable(),
  /** Intrinsic height in pixels, when known. */
  height: z.number().int().nullable(),
});

/** An image from the media library. */
export type Media = z.infer<typeof mediaSchema>;
