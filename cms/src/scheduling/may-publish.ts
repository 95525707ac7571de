import type { Core, UID } from '@strapi/strapi';

const PUBLISH_ACTION = 'plugin::content-manager.explorer.publish';

interface AdminUser {
  id: number;
  isActive?: boolean;
  blocked?: boolean;
}

/** The parts of the admin's permission services this check uses. */
interface PermissionService {
  engine: { generateUserAbility(user: AdminUser): Promise<unknown> };
}
interface PermissionCheckerService {
  create(options: { userAbility: unknown; model: string }): {
    can: (action: string, entity: object) => boolean;
  };
}

/**
 * True when the admin user who last saved a draft (`updatedById`) may publish it in its locale
 * — Publish permission as the content manager checks it, for that type and locale. A schedule
 * is the saver's decision to publish later, so an Author (who may not publish) cannot publish
 * through it, nor can an Author's later edit of a draft an Editor scheduled. A draft no admin
 * user saved (seed, scripts) is the server's own and may be published.
 */
export async function saverMayPublish(
  strapi: Core.Strapi,
  uid: UID.ContentType,
  draft: { documentId: string; locale?: string | null },
  updatedById: number | null | undefined,
): Promise<boolean> {
  if (!updatedById) return true;
  const user = (await strapi.db
    .query('admin::user')
    .findOne({ where: { id: updatedById } })) as AdminUser | null;
  if (!user?.isActive || user.blocked) return false;
  const permissions = strapi.service('admin::permission') as unknown as PermissionService;
  const userAbility = await permissions.engine.generateUserAbility(user);
  const checker = strapi
    .plugin('content-manager')
    .service('permission-checker') as unknown as PermissionCheckerService;
  return checker.create({ userAbility, model: uid }).can(PUBLISH_ACTION, draft);
}
