// The admin and content-manager packages declare their services; Strapi's own `strapi.service()`
// returns an untyped record.
import type * as PermissionService from '@strapi/admin/dist/server/src/services/permission';
import type { AdminUser } from '@strapi/admin/dist/shared/contracts/shared';
import type createPermissionChecker from '@strapi/content-manager/dist/server/src/services/permission-checker';
import type { Core, UID } from '@strapi/strapi';

const PUBLISH_ACTION = 'plugin::content-manager.explorer.publish';

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
  draft: { id: number; documentId: string; locale?: string | null },
  updatedById: number | null | undefined,
): Promise<boolean> {
  if (!updatedById) return true;
  const user = (await strapi.db
    .query('admin::user')
    .findOne({ where: { id: updatedById } })) as AdminUser | null;
  if (!user?.isActive || user.blocked) return false;
  const permissions = strapi.service('admin::permission') as typeof PermissionService;
  const userAbility = await permissions.engine.generateUserAbility(user);
  const checker = strapi.plugin('content-manager').service('permission-checker') as ReturnType<
    typeof createPermissionChecker
  >;
  // Publish is granted per type and locale, never per field: the field named is the one the
  // schedule lives in, and any field answers the same.
  return checker.create({ userAbility, model: uid }).can(PUBLISH_ACTION, draft, 'publishAt');
}
