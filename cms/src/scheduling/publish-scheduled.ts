import type { Core, Modules, Schema, UID } from '@strapi/strapi';
import { type DatedDraft, dueDrafts } from './embargo';
import { saverMayPublish } from './may-publish';

/** The attribute that holds a draft's publication time (定时发布时间). */
export const PUBLISH_AT = 'publishAt';

/**
 * The content types the scheduler can publish, as the generated types know them: draft & publish
 * on (their Document Service has publish()) and a `publishAt` attribute.
 */
export type SchedulableUid = {
  [K in UID.ContentType]: Modules.Documents.ServiceInstance<K> extends Modules.Documents.DraftAndPublishExtension<K>
    ? typeof PUBLISH_AT extends Schema.AttributeNames<K>
      ? K
      : never
    : never;
}[UID.ContentType];

/** One draft the scheduler published. */
export interface ScheduledPublication {
  uid: SchedulableUid;
  documentId: string;
  locale: string | null;
}

/** One scheduled draft row: its dates, who last saved it, and its title or name when the type has one. */
export type ScheduledDraft = DatedDraft & {
  id: number;
  locale: string | null;
  title?: string;
  name?: string;
  updatedBy?: { id: number } | null;
};

/**
 * Why the scheduler could not publish a draft whose time had come, by `<uid> <documentId> <locale>`,
 * until it publishes: logged once per reason, and shown to editors (schedule-status.ts).
 */
export const scheduleRefusals = new Map<string, string>();

/** The key of one draft in scheduleRefusals. */
export function scheduleKey(uid: string, draft: { documentId: string; locale?: string | null }): string {
  return `${uid} ${draft.documentId} ${draft.locale ?? ''}`;
}

/** True for our content types that can be scheduled: draft & publish, with a `publishAt` attribute. */
function isSchedulable(strapi: Core.Strapi, uid: UID.ContentType): uid is SchedulableUid {
  const model = strapi.contentTypes[uid];
  return uid.startsWith('api::') && model.options?.draftAndPublish === true && PUBLISH_AT in model.attributes;
}

/** Our content types that can be scheduled, checked on the running Strapi's models. */
export function schedulableTypes(strapi: Core.Strapi): SchedulableUid[] {
  return (Object.keys(strapi.contentTypes) as UID.ContentType[]).filter((uid) => isSchedulable(strapi, uid));
}

const versionKey = (row: { documentId: string; locale?: string | null }) =>
  `${row.documentId} ${row.locale ?? ''}`;

/**
 * Every draft row of `uid` with a publication time set, with the dates that decide if it is due,
 * including when its published version (if any) was published.
 */
export async function scheduledDrafts(strapi: Core.Strapi, uid: SchedulableUid): Promise<ScheduledDraft[]> {
  const attributes = strapi.contentTypes[uid].attributes;
  const extra = ['releasedAt', 'title', 'name'].filter((field) => field in attributes);
  // The query engine, not the Document Service: one query over every locale, drafts only.
  const drafts = (await strapi.db.query(uid).findMany({
    where: { publishedAt: null, [PUBLISH_AT]: { $notNull: true } },
    select: ['id', 'documentId', 'locale', PUBLISH_AT, ...extra],
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

/**
 * Publishes one due draft through the Document Service, so the publish webhook fires and the
 * site rebuilds. The publication time is cleared first, so the published version and the draft
 * agree and the next tick does not publish it again; if publishing is refused (say, an image
 * without alt text), the time is put back and the next tick tries again. Only a draft last saved
 * by someone who may publish it is published (saverMayPublish).
 */
async function publishDraft(strapi: Core.Strapi, uid: SchedulableUid, draft: ScheduledDraft): Promise<void> {
  if (!(await saverMayPublish(strapi, uid, draft, draft.updatedBy?.id))) {
    throw new Error(
      '最后保存它的用户（作者）无权发布：请由编辑打开它并保存一次，到时间即自动发布。' +
        ' The user who last saved it may not publish it (an Author): an Editor has to save it again.',
    );
  }
  const where = { documentId: draft.documentId, ...(draft.locale ? { locale: draft.locale } : {}) };
  // The draft row itself, through the query engine: the Document Service's input types have no
  // null for an optional date, and clearing the time is no edit an editor made.
  const setPublishAt = (value: DatedDraft['publishAt']) =>
    strapi.db.query(uid).update({ where: { id: draft.id }, data: { [PUBLISH_AT]: value ?? null } });
  await setPublishAt(null);
  try {
    await strapi.documents(uid).publish(where);
  } catch (error) {
    await setPublishAt(draft.publishAt);
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
  reported: Map<string, string> = scheduleRefusals,
): Promise<ScheduledPublication[]> {
  const published: ScheduledPublication[] = [];
  for (const uid of schedulableTypes(strapi)) {
    for (const draft of dueDrafts(await scheduledDrafts(strapi, uid), now)) {
      const key = scheduleKey(uid, draft);
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
  return {
    options: { rule },
    async task({ strapi }: { strapi: Core.Strapi }): Promise<void> {
      if (running) return;
      running = true;
      try {
        await publishScheduledDocuments(strapi, new Date(), scheduleRefusals);
      } finally {
        running = false;
      }
    },
  };
}
