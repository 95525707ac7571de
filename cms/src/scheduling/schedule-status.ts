import type { Core } from '@strapi/strapi';
import { documentName, type EditorText } from '../build-status/describe-build';
import { beijingTime, embargoOf, type StoredDateTime } from './embargo';
import {
  type ScheduledDraft,
  schedulableTypes,
  scheduledDrafts,
  scheduleKey,
  scheduleRefusals,
} from './publish-scheduled';

/** Where the admin asks what is scheduled (an admin route: signed-in administrators only). */
export const SCHEDULE_STATUS_PATH = '/site-schedule/status';

/**
 * Where a scheduled draft stands: `waiting` for its publication time, `held` past it but dated
 * later (an article publishes on its date), `due` for the next tick, `refused` by the last tick.
 */
export type ScheduleState = 'waiting' | 'held' | 'due' | 'refused';

/** One scheduled draft as the editor reads it in the admin. */
export interface ScheduledItem {
  uid: string;
  documentId: string;
  locale: string | null;
  publishAt: string;
  state: ScheduleState;
  /** What happens next, or what the editor has to do, in both admin languages. */
  text: EditorText;
}

const iso = (value: StoredDateTime) => new Date(value ?? 0).toISOString();

/** The sentence for one scheduled draft: its name, and when it publishes or why it did not. */
function describe(uid: string, draft: ScheduledDraft, now: Date): { state: ScheduleState; text: EditorText } {
  const type = uid.replace(/^api::([^.]+)\..*$/, '$1');
  const name = documentName(
    { type, documentId: draft.documentId, locale: draft.locale ?? '' },
    draft.title ?? draft.name,
  );
  const embargo = embargoOf(draft, now);
  if (embargo?.field === 'publishAt') {
    return {
      state: 'waiting',
      text: {
        'zh-Hans': `${name['zh-Hans']}将于 ${beijingTime(embargo.until)} 自动发布。`,
        en: `${name.en} publishes itself at ${embargo.until.toISOString()}.`,
      },
    };
  }
  if (embargo) {
    return {
      state: 'held',
      text: {
        'zh-Hans': `${name['zh-Hans']}的定时发布时间已到，但文章日期 ${beijingTime(embargo.until)} 还未到，届时自动发布；如要提前，请把发布时间改早。`,
        en: `${name.en} is due but dated ${embargo.until.toISOString()}: it publishes then; to publish earlier, change its date.`,
      },
    };
  }
  const refusal = scheduleRefusals.get(scheduleKey(uid, draft));
  if (refusal) {
    return {
      state: 'refused',
      text: {
        'zh-Hans': `${name['zh-Hans']}未能按时发布（定时 ${beijingTime(new Date(iso(draft.publishAt)))}）：${refusal}`,
        en: `${name.en} could not be published at its time: ${refusal}`,
      },
    };
  }
  return {
    state: 'due',
    text: {
      'zh-Hans': `${name['zh-Hans']}的定时发布时间已到，将在一分钟内发布。`,
      en: `${name.en} is due and publishes within a minute.`,
    },
  };
}

/** Every draft with a publication time, of every schedulable type and locale, earliest first. */
export async function scheduleStatus(strapi: Core.Strapi, now: Date): Promise<ScheduledItem[]> {
  const items: ScheduledItem[] = [];
  for (const uid of schedulableTypes(strapi)) {
    for (const draft of await scheduledDrafts(strapi, uid)) {
      items.push({
        uid,
        documentId: draft.documentId,
        locale: draft.locale,
        publishAt: iso(draft.publishAt),
        ...describe(uid, draft, now),
      });
    }
  }
  return items.sort((a, b) => Date.parse(a.publishAt) - Date.parse(b.publishAt));
}

/**
 * Adds GET /site-schedule/status for the admin's 定时发布 widget: what is scheduled, when it
 * publishes, and why a due one was not. Admin type, so only a signed-in administrator gets it.
 */
export function registerScheduleStatusRoute(strapi: Core.Strapi): void {
  strapi.server.routes({
    type: 'admin',
    prefix: '',
    routes: [
      {
        method: 'GET',
        path: SCHEDULE_STATUS_PATH,
        handler: async (ctx: { body: unknown }) => {
          ctx.body = { data: await scheduleStatus(strapi, new Date()) };
        },
        config: { policies: ['admin::isAuthenticatedAdmin'] },
        info: { pluginName: 'admin' },
      },
    ],
  });
}
