import { enumTranslations } from './enum-translations';
import { portalTranslations } from './portal-strings';
import { adminTranslations } from './zh-hans/admin';
import { codeOnlyTranslations } from './zh-hans/code-only';
import { contentManagerTranslations } from './zh-hans/content-manager';
import { i18nTranslations } from './zh-hans/i18n';
import { uploadTranslations } from './zh-hans/upload';

/**
 * Chinese for every admin string our editors meet that Strapi 5.54's own zh-Hans translation lacks
 * (`pnpm exec tsx scripts/dev-tools/admin-translations/list-missing.ts` lists what is still
 * English), and the Chinese names of the enumeration options from shared-types' ENUM_LABELS.
 */
export const zhHansTranslations: Record<string, string> = {
  ...adminTranslations,
  ...contentManagerTranslations,
  ...uploadTranslations,
  ...i18nTranslations,
  ...codeOnlyTranslations,
  ...enumTranslations('zh-Hans'),
  ...portalTranslations('zh-Hans'),
};
