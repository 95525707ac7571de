import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { beijingTime, type DatedDraft, type Embargo, embargoOf } from '../scheduling/embargo';

type DocumentMiddleware = Parameters<Core.Strapi['documents']['use']>[0];

/** The date attributes of `uid` that can hold a draft back. */
function embargoFields(strapi: Core.Strapi, uid: UID.ContentType): string[] {
  const attributes = strapi.getModel(uid)?.attributes ?? {};
  return ['publishAt', 'releasedAt'].filter((field) => field in attributes);
}

/** The locales a publish call covers: one, several (bulk publish), every one ('*'), or the default. */
async function publishedLocales(strapi: Core.Strapi, locale: unknown): Promise<string[] | '*'> {
  if (locale === '*') return '*';
  if (typeof locale === 'string') return [locale];
  if (Array.isArray(locale)) return locale.filter((code): code is string => typeof code === 'string');
  const locales = strapi.plugin('i18n')?.service('locales') as
    | { getDefaultLocale(): Promise<string> }
    | undefined;
  return locales ? [await locales.getDefaultLocale()] : '*';
}

/** The Chinese (then English) message an editor sees when Publish is refused. */
function refusal(uid: string, draft: DatedDraft, embargo: Embargo): string {
  const where = `${uid} ${draft.documentId}（${draft.locale ?? '—'}），字段 ${embargo.field}`;
  const when = beijingTime(embargo.until);
  if (embargo.field === 'publishAt') {
    return (
      `已设定定时发布时间 ${when}，届时将自动发布，无需点“发布”。如要现在发布，请先清空“定时发布时间”并保存。（${where}）` +
      ` Scheduled for ${embargo.until.toISOString()}: it publishes itself then; to publish now, clear the publication time first.`
    );
  }
  return (
    `发布时间 ${when} 晚于现在，文章不能提前上线。请把“定时发布时间”设为该时间并保存（到时自动发布），或把发布时间改为现在或更早。（${where}）` +
    ` Its date ${embargo.until.toISOString()} is in the future; schedule it for then instead of publishing it now.`
  );
}

/**
 * Refuses to publish a draft before its time — a publication time (定时发布时间) or, for
 * articles, a displayed date still ahead — whoever asks: the admin's Publish button, the
 * content API, a script or the seed. So a published document is never ahead of its time, and the
 * site, feeds, sitemap and search (all built from published documents) never show one early.
 * The scheduler publishes only due drafts, after clearing their publication time.
 */
export function refuseEarlyPublish(strapi: Core.Strapi): DocumentMiddleware {
  return async (context, next) => {
    const params = (context.params ?? {}) as { documentId?: string; locale?: unknown };
    const fields =
      context.action === 'publish' && context.uid.startsWith('api::')
        ? embargoFields(strapi, context.uid)
        : [];
    if (fields.length > 0 && params.documentId) {
      const locales = await publishedLocales(strapi, params.locale);
      const drafts = (await strapi.db.query(context.uid).findMany({
        where: {
          documentId: params.documentId,
          publishedAt: null,
          ...(locales === '*' ? {} : { locale: { $in: locales } }),
        },
        select: ['documentId', 'locale', ...fields],
      })) as DatedDraft[];
      const now = new Date();
      for (const draft of drafts) {
        const embargo = embargoOf(draft, now);
        if (embargo) {
          throw new errors.ValidationError(refusal(context.uid, draft, embargo), {
            documentId: draft.documentId,
            locale: draft.locale,
            field: embargo.field,
            until: embargo.until.toISOString(),
          });
        }
      }
    }
    return next();
  };
}
