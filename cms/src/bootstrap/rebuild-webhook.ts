import type { Core } from '@strapi/strapi';

export const REBUILD_WEBHOOK_NAME = 'site-rebuild';
/** The header the rebuild service checks (scripts/operations/rebuild-service/webhook-server.ts). */
export const REBUILD_SECRET_HEADER = 'x-rebuild-secret';
const EVENTS = ['entry.publish', 'entry.unpublish', 'entry.delete'];

interface Webhook {
  id: string;
  name: string;
  url: string;
  headers: Record<string, string>;
  events: string[];
  isEnabled: boolean;
}

interface WebhookStore {
  findWebhooks(): Promise<Webhook[]>;
  createWebhook(data: Omit<Webhook, 'id'>): Promise<Webhook>;
  updateWebhook(id: string, data: Omit<Webhook, 'id'>): Promise<Webhook>;
}

interface WebhookRunner {
  add(webhook: Webhook): void;
  update(webhook: Webhook): void;
}

/**
 * When REBUILD_WEBHOOK_URL is set, makes sure Strapi calls it on publish, unpublish and delete,
 * carrying WEBHOOK_SECRET in a header. Created or brought up to date on every start, so changing
 * the environment is enough; without the variable, webhooks set up in the admin are left alone.
 */
export async function ensureRebuildWebhook(strapi: Core.Strapi): Promise<void> {
  const url = process.env.REBUILD_WEBHOOK_URL;
  if (!url) return;
  const secret = process.env.WEBHOOK_SECRET;
  if (!secret) {
    throw new Error('REBUILD_WEBHOOK_URL is set but WEBHOOK_SECRET is not: see cms/.env.example');
  }
  const store = strapi.get('webhookStore') as WebhookStore;
  const runner = strapi.get('webhookRunner') as WebhookRunner;
  const wanted = {
    name: REBUILD_WEBHOOK_NAME,
    url,
    headers: { [REBUILD_SECRET_HEADER]: secret },
    events: EVENTS,
    isEnabled: true,
  };
  const existing = (await store.findWebhooks()).find((webhook) => webhook.name === REBUILD_WEBHOOK_NAME);
  if (!existing) {
    // The webhook provider already loaded the stored webhooks before user bootstrap, so register it too.
    runner.add(await store.createWebhook(wanted));
    strapi.log.info(`[bootstrap] created webhook "${REBUILD_WEBHOOK_NAME}" → ${url}`);
    return;
  }
  const upToDate =
    existing.url === url &&
    existing.isEnabled &&
    existing.headers?.[REBUILD_SECRET_HEADER] === secret &&
    EVENTS.every((event) => existing.events.includes(event));
  if (upToDate) return;
  runner.update(await store.updateWebhook(existing.id, wanted));
  strapi.log.info(`[bootstrap] updated webhook "${REBUILD_WEBHOOK_NAME}" → ${url}`);
}
