import type { Core, UID } from '@strapi/strapi';

/** Where the preview server asks whether anything was published since it loaded the site. */
export const PUBLISHED_STATE_PATH = '/site-preview/published-state';

/**
 * A stamp of what is published in `uids`: per type, how many published versions there are and
 * when the newest was published. Publishing makes a new published version (a later publishedAt),
 * unpublishing or deleting removes one (a lower count), so any of them changes the stamp. Two
 * small queries per type, so the preview can ask before every page.
 */
export async function publishedStamp(strapi: Core.Strapi, uids: readonly string[]): Promise<string> {
  const parts = await Promise.all(
    uids.map(async (uid) => {
      const query = strapi.db.query(uid as UID.ContentType);
      const where = { publishedAt: { $notNull: true } };
      const [count, newest] = await Promise.all([
        query.count({ where }),
        query.findOne({ where, select: ['publishedAt'], orderBy: { publishedAt: 'desc' } }),
      ]);
      const at = (newest as { publishedAt?: string | number | Date | null } | null)?.publishedAt;
      return `${uid}:${count}:${at ? new Date(at).getTime() : 0}`;
    }),
  );
  return parts.join(' ');
}
