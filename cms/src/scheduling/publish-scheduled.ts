import type { Core, UID } from '@strapi/strapi';
import { type DatedDraft, dueDrafts } from './embargo';
import { saverMayPublish } from './may-publish';

/** The attribute that holds a draft's publication time (定时发布时间). */
export const PUBLISH_AT = 'publishAt';

/** One draft the scheduler published. */
export interface ScheduledPublication {
  uid: UID.ContentType;
  documentId: string;
  locale: string | null;
}

type ScheduledDraft = DatedDraft & { locale: string | null; updatedBy?: { id: number } | null };

/** Our content types that can be scheduled: draft & publish, with a `publishAt` attribute. */
function schedulableTypes(strapi: Core.Strapi): UID.ContentType[] {
  return (Object.keys(strapi.contentTypes) as UID.ContentType[]).filter((uid) => {
    const model = strapi.contentTypes[uid];
    return (
      uid.startsWith('api::') && model.options?.draftAndPublish === true && PUBLISH_AT in model.attributes
    );
  });
}

const versionKey = (row: { documentId: string; locale?: string | null }) =>
  `${row.documentId} ${row.locale ?? ''}`;

/**
 * Every draft row of `uid` with a publication time set, with the dates that decide if it is due,
 * including when its published version (if any) was published.
 */
async function scheduledDrafts(strapi: Core.Strapi, uid: UID.ContentType): Promise<ScheduledDraft[]> {
  const dated = 'releasedAt' in strapi.contentTypes[uid].attributes;
  // The query engine, not the Document Service: one query over every locale, drafts only.
  const drafts = (await strapi.db.query(uid).findMany({
    where: { publishedAt: null, [PUBLISH_AT]: { $notNull: true } },
    select: ['documentId', 'locale', PUBLISH_AT, ...(dated ? ['releasedAt'] : [])],
    populate: { updatedBy: { select: ['id'] } },
  })) as ScheduledDraft[];
  if (drafts.length === 0) return drafts;
  const published = (await strapi.db.query(uid).findMany({
    where: { publishedAt: { $notNull: true }, documentId: { $in: drafts.map((draft) => draft.documentId) } },
    select: ['documentId', 'locale', 'publishedAt'],
  })) as { documentId: string; locale: string | null; publishedAt: string }[];
  const publishedAt = new Map(published.map((row) => [versionKey(row), row.publishedAt]));
  return drafts.map((draft) => ({ ...draft, publishedSince: publishedAt.get(versionKey(draft)) }));
}

/** What the scheduler needs of the Document Service for a type picked at run time. */
interface SchedulingDocuments {
  update(params: { documentId: string; locale?: string; data: Record<string, unknown> }): Promise<unknown>;
  publish(params: { documentId: string; locale?: string }): Promise<unknown>;
}

/**
 * Publishes one due draft through the Document Service, so the publish webhook fires and the
 * site rebuilds. The publication time is cleared first, so the published version and the draft
 * agree and the next tick does not publish it again; if publishing is refused (say, an image
 * without alt text), the time is put back and the next tick tries again. Only a draft last saved
 * by someone who may publish it is published (saverMayPublish).
 */
async function publishDraft(strapi: Core.Strapi, uid: UID.ContentType, draft: ScheduledDraft): Promise<void> {
  // The generated types offer publish() only on a literal draft & publish uid; schedulableTypes checked it.
  const documents = strapi.documents(uid) as unknown as SchedulingDocuments;
  if (!(await saverMayPublish(strapi, uid, draft, draft.updatedBy?.id))) {
    throw new Error(
      'the user who last saved it may not publish it (an Author): an Editor has to save it again',
    );
  }
  const where = { documentId: draft.documentId, ...(draft.locale ? { locale: draft.locale } : {}) };
  await documents.update({ ...where, data: { [PUBLISH_AT]: null } });
  try {
    await documents.publish(where);
  } catch (error) {
    await documents.update({ ...where, data: { [PUBLISH_AT]: draft.publishAt } });
    throw error;
  }
}

/**
 * One scheduler tick: publishes every draft, of every schedulable type and locale, whose
 * publication time has come. A refusal is logged with the document, locale and reason — once per
 * reason, not on every tick — and does not stop the others.
 */
export async function publishScheduledDocuments(
  strapi: Core.Strapi,
  now: Date,
  reported: Map<string, string> = new Map(),
): Promise<ScheduledPublication[]> {
  const published: ScheduledPublication[] = [];
  for (const uid of schedulableTypes(strapi)) {
    for (const draft of dueDrafts(await scheduledDrafts(strapi, uid), now)) {
      const key = `${uid} ${draft.documentId} ${draft.locale ?? ''}`;
      try {
        await publishDraft(strapi, uid, draft);
        reported.delete(key);
        published.push({ uid, documentId: draft.documentId, locale: draft.locale });
        strapi.log.info(`[schedule] published ${key} (due ${new Date(draft.publishAt ?? 0).toISOString()})`);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        if (reported.get(key) !== reason) {
          reported.set(key, reason);
          strapi.log.error(`[schedule] could not publish ${key} (field ${PUBLISH_AT}): ${reason}`);
        }
      }
    }
  }
  return published;
}

/**
 * The cron task (config/server.ts) that publishes scheduled drafts every `rule`. A tick that
 * starts while the previous one still runs (a slow database) is skipped rather than run twice.
 */
export function scheduledPublishingTask(rule: string) {
  let running = false;
  const reported = new Map<string, string>();
  return {
    options: { rule },
    async task({ strapi }: { strapi: Core.Strapi }): Promise<void> {
      if (running) return;
      running = true;
      try {
        await publishScheduledDocuments(strapi, new Date(), reported);
      } finally {
        running = false;
      }
    },
  };
}
