import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import type { DemoCover } from './demo-covers';
import { renderCover } from './render-cover';

/** The part of the upload plugin's service the seed calls (Strapi types it loosely). */
interface UploadService {
  upload(input: {
    data: { fileInfo: { name: string; alternativeText: string; caption: string } };
    files: { filepath: string; originalFilename: string; mimetype: string; size: number };
  }): Promise<Array<{ id: number }>>;
}

/** Bytes and time spent on the covers of one seed run (the seed's log line reports them). */
export interface CoverStats {
  uploaded: number;
  reused: number;
  bytes: number;
  renderMs: number;
  uploadMs: number;
}

/** Fresh counters for one seed run. */
export function emptyCoverStats(): CoverStats {
  return { uploaded: 0, reused: 0, bytes: 0, renderMs: 0, uploadMs: 0 };
}

const BREAKPOINTS = 'plugin::upload.breakpoints';

/**
 * Runs one upload without the large/medium/small copies Strapi makes of each image (the thumbnail
 * stays). They doubled the seed's upload time, and the site resizes covers itself from the
 * original. Only the in-memory setting changes, and only while bootstrap uploads, before the
 * server takes requests: editors' uploads, and the admin's settings, keep every size.
 */
async function withoutResizedCopies<T>(strapi: Core.Strapi, run: () => Promise<T>): Promise<T> {
  const configured: unknown = strapi.config.get(BREAKPOINTS);
  strapi.config.set(BREAKPOINTS, {});
  try {
    return await run();
  } finally {
    strapi.config.set(BREAKPOINTS, configured);
  }
}

/**
 * The id of the media-library file holding `cover`: the existing file of that name when there is
 * one (a reseed after documents were deleted must not duplicate files), else the picture rendered
 * and uploaded through the upload service, with its alt text and caption.
 */
export async function uploadCover(strapi: Core.Strapi, cover: DemoCover, stats: CoverStats): Promise<number> {
  const existing = await strapi.db
    .query('plugin::upload.file')
    .findOne({ where: { name: cover.fileName }, select: ['id'] });
  if (existing) {
    stats.reused += 1;
    return existing.id;
  }
  const rendering = Date.now();
  const bytes = await renderCover(cover.svg());
  stats.renderMs += Date.now() - rendering;
  const uploading = Date.now();
  // The upload service reads files from disk (as the admin's multipart upload leaves them).
  const dir = await mkdtemp(path.join(tmpdir(), 'select-shandong-demo-cover-'));
  try {
    const filepath = path.join(dir, cover.fileName);
    await writeFile(filepath, bytes);
    const upload = strapi.plugin('upload').service('upload') as unknown as UploadService;
    const [file] = await withoutResizedCopies(strapi, () =>
      upload.upload({
        data: { fileInfo: { name: cover.fileName, alternativeText: cover.alt.zh, caption: cover.alt.en } },
        files: { filepath, originalFilename: cover.fileName, mimetype: 'image/webp', size: bytes.length },
      }),
    );
    if (!file) throw new Error(`demo images: uploading ${cover.fileName} returned no file`);
    stats.uploaded += 1;
    stats.bytes += bytes.length;
    return file.id;
  } catch (error) {
    throw new Error(`demo images: could not upload ${cover.fileName}: ${String(error)}`, { cause: error });
  } finally {
    await rm(dir, { recursive: true, force: true });
    stats.uploadMs += Date.now() - uploading;
  }
}
