import { ENUM_LABELS } from '@select-shandong/shared-types/enum-labels';

/** An admin interface language that ENUM_LABELS has names for. */
export type EnumLabelLocale = 'zh-Hans' | 'en';

/** Enumeration names by uid, attribute, value and locale: the shape of ENUM_LABELS. */
export type LabelTable = Record<string, Record<string, Record<string, Record<EnumLabelLocale, string>>>>;

/**
 * The admin translations that name enumeration options in `locale`. Strapi's edit form and list
 * filters show an option as `formatMessage({ id: value })`, with the bare value as the id, so the
 * names of ENUM_LABELS become translations keyed by value. Two enumerations that would need
 * different names for one value cannot both be served that way, so that throws, naming both.
 */
export function enumTranslations(locale: EnumLabelLocale): Record<string, string> {
  return translationsFromTable(ENUM_LABELS as LabelTable, locale);
}

/** enumTranslations for any table of that shape. */
export function translationsFromTable(table: LabelTable, locale: EnumLabelLocale): Record<string, string> {
  const names: Record<string, string> = {};
  const origins: Record<string, string> = {};
  for (const [uid, attributes] of Object.entries(table)) {
    for (const [attribute, values] of Object.entries(attributes)) {
      for (const [value, labels] of Object.entries(values)) {
        const name = labels[locale];
        const origin = `${uid} ${attribute}`;
        const earlier = names[value];
        if (earlier !== undefined && earlier !== name) {
          throw new Error(
            `enumeration value "${value}" needs two ${locale} names in the admin: "${earlier}" (${origins[value]}) and "${name}" (${origin}); the admin names an option by its value alone, so give one of them another value or both one name`,
          );
        }
        names[value] = name;
        origins[value] = origin;
      }
    }
  }
  return names;
}

/** The translation keys enumTranslations makes: every enumeration value of ENUM_LABELS. */
export function enumTranslationKeys(): string[] {
  return Object.keys(enumTranslations('en'));
}

/** The name of one stored value of `uid`'s `attribute` in `locale`, or null when it has none. */
export function enumLabel(uid: string, attribute: string, value: string, locale: string): string | null {
  const labels = (ENUM_LABELS as LabelTable)[uid]?.[attribute]?.[value];
  if (!labels) return null;
  return locale === 'en' ? labels.en : labels['zh-Hans'];
}
