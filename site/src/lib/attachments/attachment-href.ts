// Attachments are linked to the build's copy of the file, never to the CMS, which may be private.
import type { Attachment } from '@select-shandong/shared-types';
import { readCmsEnv } from '../../config/env.ts';
import { isPreviewServer } from '../../preview/preview-env.ts';
import { fileCopyPath } from '../images/file-copies.ts';
import type { MediaRef } from '../images/media-error.ts';
import { resolveMediaUrl } from '../images/media-url.ts';

/**
 * Where the page links `file` of `from`: its copy under `/media/`, recorded so the build copies it
 * (and fails naming `from` when it cannot); the preview server links the CMS, which editors reach.
 */
export function attachmentHref(file: Attachment, from: MediaRef): string {
  const url = resolveMediaUrl(file.url, readCmsEnv().strapiUrl);
  return isPreviewServer() ? url : fileCopyPath(url, from);
}
