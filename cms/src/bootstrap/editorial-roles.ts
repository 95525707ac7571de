import type { Core } from '@strapi/strapi';

/** An admin permission as the admin plugin stores it. */
interface Permission {
  id?: number;
  action: string;
  subject?: string | null;
  properties?: { fields?: string[]; locales?: string[] | null; [key: string]: unknown };
  conditions?: string[];
}

/** A registered admin action (only the parts read here). */
interface Action {
  actionId: string;
  section: string;
  subjects?: string[];
  options?: { applyToProperties?: string[] };
}

interface PermissionService {
  actionProvider: { values(): Action[] };
  findMany(params: { where: { role: { id: number } } }): Promise<Permission[]>;
}

interface RoleService {
  findOne(params: { code: string }): Promise<{ id: number; name: string } | null>;
  update(params: { id: number }, attributes: { name: string; description: string }): Promise<unknown>;
  assignPermissions(roleId: number, permissions: Permission[]): Promise<unknown>;
}

interface ContentTypeService {
  getPermissionsWithNestedFields(actions: Action[]): Permission[];
}

const PUBLISH = 'plugin::content-manager.explorer.publish';
const IS_CREATOR = 'admin::is-creator';

/**
 * Strapi's two editorial roles, found by code: the Editor works on every entry, the Author on
 * their own. Each gets a Chinese name (and description) in place of Strapi's English default,
 * which is all it renames, so a name an administrator chose is kept.
 */
const ROLES = [
  {
    code: 'strapi-editor',
    publish: true,
    conditions: [] as string[],
    defaultName: 'Editor',
    name: '编辑',
    description: '可以创建、修改和发布所有内容（包括他人创建的内容）。',
  },
  {
    code: 'strapi-author',
    publish: false,
    conditions: [IS_CREATOR],
    defaultName: 'Author',
    name: '作者',
    description: '可以创建和修改自己创建的内容，不能发布；由编辑审核后发布。',
  },
] as const;

/** The content-manager permissions on our own (api::) types: the ones this file manages. */
function isManaged(permission: Permission, actions: ReadonlyMap<string, Action>): boolean {
  return (
    actions.get(permission.action)?.section === 'contentTypes' &&
    typeof permission.subject === 'string' &&
    permission.subject.startsWith('api::')
  );
}

/** True when entries of `uid` exist per locale (i18n), so a permission on it names locales. */
function isLocalized(strapi: Core.Strapi, uid: string): boolean {
  const model = strapi.contentTypes[uid as keyof typeof strapi.contentTypes] as
    | { pluginOptions?: { i18n?: { localized?: boolean } } }
    | undefined;
  return model?.pluginOptions?.i18n?.localized === true;
}

/**
 * What a role may do on our types: Strapi's own defaults for the Editor and Author roles (every
 * action on every api:: type, every field; the Author without publish and only on entries they
 * created), in every configured locale.
 */
function wantedPermissions(
  strapi: Core.Strapi,
  role: (typeof ROLES)[number],
  actions: Action[],
  locales: string[],
): Permission[] {
  const contentTypes = strapi.service('admin::content-type') as ContentTypeService;
  const onOurTypes = actions
    .filter((action) => action.section === 'contentTypes' && (role.publish || action.actionId !== PUBLISH))
    .map((action) => ({
      ...action,
      subjects: (action.subjects ?? []).filter((subject) => subject.startsWith('api::')),
    }));
  return contentTypes.getPermissionsWithNestedFields(onOurTypes).map((permission) => ({
    ...permission,
    properties: {
      ...permission.properties,
      ...(permission.subject && isLocalized(strapi, permission.subject) ? { locales } : {}),
    },
    conditions: [...role.conditions],
  }));
}

/**
 * Puts the Editor and Author roles' content-manager permissions on our types back to Strapi's
 * defaults in every locale, on every start. Strapi makes these roles once, on the first start,
 * before bootstrap creates zh-Hans, and never updates them: their permissions named no locale
 * (an Editor got 403 on every zh-Hans entry), and a type or field added later (project `stage`)
 * stayed out of reach. Permissions on anything else (media library, plugins) are left as they are;
 * custom roles are never touched.
 */
export async function ensureEditorialRoles(strapi: Core.Strapi): Promise<void> {
  const permissions = strapi.service('admin::permission') as PermissionService;
  const roles = strapi.service('admin::role') as RoleService;
  const actions = permissions.actionProvider.values();
  const byId = new Map(actions.map((action) => [action.actionId, action]));
  const localeService = strapi.plugin('i18n').service('locales') as {
    find(): Promise<Array<{ code: string }>>;
  };
  const locales = (await localeService.find()).map((locale) => locale.code).sort();
  for (const wanted of ROLES) {
    const role = await roles.findOne({ code: wanted.code });
    if (!role) continue;
    if (role.name === wanted.defaultName) {
      await roles.update({ id: role.id }, { name: wanted.name, description: wanted.description });
      strapi.log.info(`[bootstrap] ${role.name} role renamed ${wanted.name}`);
    }
    const held = await permissions.findMany({ where: { role: { id: role.id } } });
    const kept = held.filter((permission) => !isManaged(permission, byId));
    await roles.assignPermissions(role.id, [...kept, ...wantedPermissions(strapi, wanted, actions, locales)]);
    const after = await permissions.findMany({ where: { role: { id: role.id } } });
    const before = new Set(held.map((permission) => permission.id));
    const changed = after.filter((permission) => !before.has(permission.id)).length;
    if (changed > 0) {
      strapi.log.info(
        `[bootstrap] ${wanted.code} role: ${changed} content permissions set (locales ${locales.join(', ')})`,
      );
    }
  }
}

/**
 * Keeps the roles in step when an administrator adds a locale in 设置 › 国际化 while Strapi runs,
 * so Editors and Authors can work in it at once rather than after the next start.
 */
export function followNewLocales(strapi: Core.Strapi): void {
  strapi.db.lifecycles.subscribe({
    models: ['plugin::i18n.locale'],
    afterCreate: async () => {
      await ensureEditorialRoles(strapi);
    },
  });
}
