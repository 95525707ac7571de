import { enumTranslations } from './enum-translations';
import { portalTranslations } from './portal-strings';

/**
 * English additions to Strapi's admin: the English names of the enumeration options (ENUM_LABELS)
 * and the messages of the portal's own admin parts.
 */
export const enTranslations: Record<string, string> = {
  ...enumTranslations('en'),
  ...portalTranslations('en'),
};
