import { z } from 'zod';

/** An uploaded image as the site requests it (url, alternativeText, width, height). */
export const mediaSchema = z.object({
  /** Absolute URL (S3/CDN) or path relative to the Strapi server (`/uploads/…`). */
  url: z.string().min(1),
  /** Alternative text for screen readers; editors are asked to fill it in. */
  alternativeText: z.string().nullable(),
  /** Intrinsic width in pixels, when known. */
  width: z.number().int().nullable(),
  /** Intrinsic height in pixels, when known. */
  height: z.number().int().nullable(),
});

/** An image from the media library. */
export type Media = z.infer<typeof mediaSchema>;
