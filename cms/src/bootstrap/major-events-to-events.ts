import type { Core } from '@strapi/strapi';

const ARTICLE = 'api::article.article';
const EVENT = 'api::event.event';
/** The article column retired by issue 11: its stories are events now. */
const RETIRED_COLUMN = 'major_events';

/** One language version of an article in the retired column, as the migration reads it. */
interface OldArticle {
  documentId: string;
  locale: string;
  title: string;
  slug: string;
  summary: string | null;
  body: string;
  releasedAt: string;
  source: string;
  city: { documentId: string } | null;
  industries: { documentId: string }[];
  cover: { id: number } | null;
  publishedAt: string | null;
}

/** The event fields an article provides; the type and end time are guesses editors check. */
function eventData(article: OldArticle): Record<string, unknown> {
  return {
    title: article.title,
    slug: article.slug,
    eventType: 'summit',
    startsAt: article.releasedAt,
    endsAt: article.releasedAt,
    organiser: article.source,
    summary: (article.summary ?? article.title).slice(0, 500),
    body: article.body,
    city: article.city?.documentId ?? null,
    industries: article.industries.map((industry) => industry.documentId),
    cover: article.cover?.id ?? null,
  };
}

/** Every language version of one article (drafts), and which of them are published. */
async function versionsOf(strapi: Core.Strapi, documentId: string): Promise<OldArticle[]> {
  const rows = (await strapi.db.query(ARTICLE).findMany({
    where: { documentId },
    select: ['locale', 'publishedAt'],
  })) as { locale: string; publishedAt: string | null }[];
  const published = new Set(rows.filter((row) => row.publishedAt !== null).map((row) => row.locale));
  const locales = [...new Set(rows.map((row) => row.locale))].sort((a, b) =>
    a === 'zh-Hans' ? -1 : b === 'zh-Hans' ? 1 : a.localeCompare(b),
  );
  const versions: OldArticle[] = [];
  for (const locale of locales) {
    const draft = (await strapi.documents(ARTICLE).findOne({
      documentId,
      locale,
      status: 'draft',
      populate: { city: { fields: ['documentId'] }, industries: { fields: ['documentId'] }, cover: true },
    })) as unknown as OldArticle | null;
    if (draft) versions.push({ ...draft, locale, publishedAt: published.has(locale) ? 'yes' : null });
  }
  return versions;
}

/** Moves one article (all its locales) to an event with the same slug; false when it cannot. */
async function moveArticle(strapi: Core.Strapi, documentId: string): Promise<boolean> {
  const versions = await versionsOf(strapi, documentId);
  const [first, ...others] = versions;
  if (!first) return false;
  const events = strapi.documents(EVENT);
  const taken = await events.findFirst({ locale: '*', status: 'draft', filters: { slug: first.slug } });
  if (taken) {
    strapi.log.warn(
      `[migration] 重大活动 article ${documentId} (${first.slug}) not moved: an event with that slug exists (${taken.documentId}); rename one of them`,
    );
    return false;
  }
  const created = await events.create({ locale: first.locale, data: eventData(first) as never });
  for (const version of others) {
    await events.update({
      documentId: created.documentId,
      locale: version.locale,
      data: eventData(version) as never,
    });
  }
  for (const version of versions) {
    if (version.publishedAt) await events.publish({ documentId: created.documentId, locale: version.locale });
  }
  await strapi.documents(ARTICLE).delete({ documentId, locale: '*' });
  strapi.log.info(
    `[migration] 重大活动 article ${documentId} (${first.slug}, ${versions.map((v) => v.locale).join(' ')}) is now event ${created.documentId}`,
  );
  return true;
}

/**
 * Issue 11 retired the article column 重大活动 (major_events): its stories became events. An
 * installation seeded or edited before has such articles; at each start they are moved to events
 * with the same slug, locales, text, city, industries and cover, published where the article was,
 * and the article is deleted (the site then sends its old address to the event page). Idempotent:
 * with no such articles it does nothing. The event type (峰会) and end time (= start) are guesses
 * the editors are told to check in the log.
 */
export async function moveMajorEventArticles(strapi: Core.Strapi): Promise<number> {
  const rows = (await strapi.db.query(ARTICLE).findMany({
    where: { column: RETIRED_COLUMN },
    select: ['documentId'],
  })) as { documentId: string }[];
  let moved = 0;
  for (const documentId of new Set(rows.map((row) => row.documentId))) {
    try {
      if (await moveArticle(strapi, documentId)) moved += 1;
    } catch (error) {
      strapi.log.error(
        `[migration] 重大活动 article ${documentId} could not be moved to an event: ${(error as Error).message}`,
      );
    }
  }
  if (moved > 0) {
    strapi.log.warn(
      `[migration] ${moved} 重大活动 article(s) moved to 活动: check each event's 活动类型 and 结束时间 in the admin`,
    );
  }
  return moved;
}
