import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { beijingTime } from '../scheduling/embargo';

type DocumentMiddleware = Parameters<Core.Strapi['documents']['use']>[0];

const EVENT = 'api::event.event';

interface WriteParams {
  documentId?: string;
  locale?: unknown;
  data?: Record<string, unknown>;
}

/** A timestamp as the admin sends it (ISO string or Date), or null when absent or unreadable. */
function timeOf(value: unknown): Date | null {
  if (value === null || value === undefined || value === '') return null;
  const date = value instanceof Date ? value : new Date(String(value));
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The stored draft's dates, which an update that changes only one of them keeps. */
async function storedDates(strapi: Core.Strapi, documentId: string): Promise<Record<string, unknown>> {
  const row = (await strapi.db.query(EVENT).findOne({
    where: { documentId, publishedAt: null },
    select: ['startsAt', 'endsAt'],
  })) as Record<string, unknown> | null;
  return row ?? {};
}

/**
 * An event cannot end before it starts: a create or update that would leave endsAt earlier than
 * startsAt is refused with a message under 结束时间 that names the document, locale and both times.
 */
export function eventDates(strapi: Core.Strapi): DocumentMiddleware {
  return async (context, next) => {
    if (context.uid !== EVENT || (context.action !== 'create' && context.action !== 'update')) {
      return next();
    }
    const params = (context.params ?? {}) as WriteParams;
    const data = params.data ?? {};
    if (!('startsAt' in data) && !('endsAt' in data)) return next();
    const stored = params.documentId ? await storedDates(strapi, params.documentId) : {};
    const startsAt = timeOf('startsAt' in data ? data.startsAt : stored.startsAt);
    const endsAt = timeOf('endsAt' in data ? data.endsAt : stored.endsAt);
    if (startsAt && endsAt && endsAt < startsAt) {
      const where = `${EVENT} ${params.documentId ?? '（新建）'}（${String(params.locale ?? 'zh-Hans')}），字段 endsAt`;
      const message =
        `结束时间 ${beijingTime(endsAt)} 早于开始时间 ${beijingTime(startsAt)}，请改为开始时间之后。（${where}）` +
        ` The event ends (${endsAt.toISOString()}) before it starts (${startsAt.toISOString()}).`;
      throw new errors.ValidationError(message, {
        errors: [{ path: ['endsAt'], message, name: 'ValidationError', value: endsAt.toISOString() }],
      });
    }
    return next();
  };
}
