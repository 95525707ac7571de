import { z } from 'zod';

/** A file from the media library offered for download (PDF, Word, Excel, an image). */
export const attachmentSchema = z.object({
  /** Absolute URL (S3/CDN) or path relative to the Strapi server (`/uploads/…`). */
  url: z.string().min(1),
  /** The file name editors gave it in the media library; the link text on the page. */
  name: z.string().min(1),
  /** File extension with its dot, e.g. `.pdf`; with `mime`, it decides the format shown. */
  ext: z.string().nullable(),
  /** MIME type Strapi detected on upload, e.g. `application/pdf`. */
  mime: z.string(),
  /** Size in kilobytes (Strapi stores KB with two decimals, not bytes). */
  size: z.number().nonnegative(),
});

/** A downloadable file from the media library. */
export type Attachment = z.infer<typeof attachmentSchema>;

/** A multiple media field: Strapi answers `null` or `[]` when no file is attached. */
export const attachmentsSchema = z
  .array(attachmentSchema)
  .nullable()
  .transform((files) => files ?? []);
