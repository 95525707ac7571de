import { enumTranslations } from './enum-translations';

/** English additions to Strapi's admin: the English names of the enumeration options (ENUM_LABELS). */
export const enTranslations: Record<string, string> = enumTranslations('en');
