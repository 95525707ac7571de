import type { Core } from '@strapi/strapi';

interface AdvancedSettings {
  allow_register?: boolean;
  email_confirmation?: boolean;
  [key: string]: unknown;
}

/**
 * The portal has no public accounts: users-permissions' "allow registration" and e-mail
 * confirmation are switched off on every start (the public role also lacks the actions, see
 * public-permissions.ts, so both layers refuse). Administrators use the admin panel's own accounts.
 */
export async function closePublicAccounts(strapi: Core.Strapi): Promise<void> {
  const store = strapi.store({ type: 'plugin', name: 'users-permissions', key: 'advanced' });
  const settings = ((await store.get({})) ?? {}) as AdvancedSettings;
  if (settings.allow_register === false && settings.email_confirmation === false) return;
  await store.set({ value: { ...settings, allow_register: false, email_confirmation: false } });
  strapi.log.info('[bootstrap] public account registration and e-mail confirmation switched off');
}
