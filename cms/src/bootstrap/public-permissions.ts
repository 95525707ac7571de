import type { Core } from '@strapi/strapi';
import { PUBLIC_ACTIONS } from './content-api-access';

const ROLE_UID = 'plugin::users-permissions.role';
const PERMISSION_UID = 'plugin::users-permissions.permission';

/** What each users-permissions role may hold: the public reads and suggests; nobody logs in. */
const ROLE_ACTIONS: Record<'public' | 'authenticated', readonly string[]> = {
  public: PUBLIC_ACTIONS,
  authenticated: [],
};

interface Permission {
  id: number;
  action: string;
}

/** Makes one role hold exactly `actions`: missing ones are granted, every other one is revoked. */
async function assertRolePermissions(
  strapi: Core.Strapi,
  type: keyof typeof ROLE_ACTIONS,
  actions: readonly string[],
): Promise<void> {
  const role = (await strapi.db.query(ROLE_UID).findOne({ where: { type } })) as { id: number } | null;
  if (!role) throw new Error(`users-permissions ${type} role is missing; is the plugin installed?`);
  const held = (await strapi.db.query(PERMISSION_UID).findMany({ where: { role: role.id } })) as Permission[];
  const heldActions = new Set(held.map((permission) => permission.action));
  for (const action of actions) {
    if (!heldActions.has(action)) {
      await strapi.db.query(PERMISSION_UID).create({ data: { action, role: role.id } });
    }
  }
  for (const permission of held.filter((p) => !actions.includes(p.action))) {
    await strapi.db.query(PERMISSION_UID).delete({ where: { id: permission.id } });
    strapi.log.warn(`[bootstrap] revoked ${type} permission ${permission.action}`);
  }
}

/**
 * Re-asserts the users-permissions roles on every start: the public role holds exactly
 * PUBLIC_ACTIONS (read the public types, create a suggestion) and the authenticated role nothing.
 * Every other action — Strapi's defaults such as register, forgot-password, e-mail confirmation,
 * OAuth connect, `users/me`, and anything an administrator ticked by hand, on our types or on a
 * plugin's — is revoked, so a misclick in the admin cannot open writes, accounts or personal data.
 */
export async function ensurePublicPermissions(strapi: Core.Strapi): Promise<void> {
  for (const [type, actions] of Object.entries(ROLE_ACTIONS) as Array<
    [keyof typeof ROLE_ACTIONS, readonly string[]]
  >) {
    await assertRolePermissions(strapi, type, actions);
  }
}
