import type { Core } from '@strapi/strapi';

/** Public content types the anonymous reader may list and open. */
const READABLE_COLLECTIONS = ['article', 'city', 'industry', 'park', 'contact', 'project'] as const;
const READABLE_SINGLES = ['site-setting', 'advantages-page'] as const;

/** The complete set of actions the public role holds; anything else is removed at start. */
export const PUBLIC_ACTIONS: readonly string[] = [
  ...READABLE_COLLECTIONS.flatMap((name) => [`api::${name}.${name}.find`, `api::${name}.${name}.findOne`]),
  ...READABLE_SINGLES.map((name) => `api::${name}.${name}.find`),
  'api::suggestion.suggestion.create',
];

const ROLE_UID = 'plugin::users-permissions.role';
const PERMISSION_UID = 'plugin::users-permissions.permission';

/**
 * Makes the public role hold exactly PUBLIC_ACTIONS on our API: read the public types, create a
 * suggestion, nothing else. Actions an editor added by hand to our `api::` types are revoked, so a
 * misclick in the admin cannot open writes or expose suggestions.
 */
export async function ensurePublicPermissions(strapi: Core.Strapi): Promise<void> {
  const role = (await strapi.db.query(ROLE_UID).findOne({ where: { type: 'public' } })) as {
    id: number;
  } | null;
  if (!role) throw new Error('users-permissions public role is missing; is the plugin installed?');

  const held = (await strapi.db.query(PERMISSION_UID).findMany({ where: { role: role.id } })) as Array<{
    id: number;
    action: string;
  }>;
  const heldActions = new Set(held.map((permission) => permission.action));

  for (const action of PUBLIC_ACTIONS) {
    if (!heldActions.has(action)) {
      await strapi.db.query(PERMISSION_UID).create({ data: { action, role: role.id } });
    }
  }
  const extra = held.filter((p) => p.action.startsWith('api::') && !PUBLIC_ACTIONS.includes(p.action));
  for (const permission of extra) {
    await strapi.db.query(PERMISSION_UID).delete({ where: { id: permission.id } });
    strapi.log.warn(`[bootstrap] revoked public permission ${permission.action}`);
  }
}
