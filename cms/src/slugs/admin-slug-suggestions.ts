import type { Core, UID } from '@strapi/strapi';
import { firstFreeSlug, slugFields, slugsStartingWith } from './slug-owner';
import { hasChinese, suggestSlug } from './suggest-slug';

interface GenerateParams {
  contentTypeUID: UID.ContentType;
  field: string;
  data: Record<string, unknown>;
  locale?: string;
}

interface AvailabilityParams {
  contentTypeUID: UID.ContentType;
  field: string;
  value: string;
  locale?: string;
}

/** The content manager's `uid` service, behind /content-manager/uid/generate and /check-availability. */
interface UidService {
  generateUIDField(params: GenerateParams): Promise<string>;
  findUniqueUID(params: AvailabilityParams): Promise<string>;
  checkUIDAvailability(params: AvailabilityParams): Promise<boolean>;
}

/**
 * The slug a document already has in its other locales, when the admin asks for a suggestion for
 * a locale the document does not have yet (the field's first value in a new language version).
 * The slug is not localized, so the new version's suggestion is that slug, not one made afresh
 * from its still empty title ("article"). The admin sends the document as `data.id`.
 */
async function slugOfOtherLocales(strapi: Core.Strapi, params: GenerateParams): Promise<string | null> {
  const attributes = (strapi.getModel(params.contentTypeUID)?.attributes ?? {}) as Record<
    string,
    { pluginOptions?: { i18n?: { localized?: boolean } } } | undefined
  >;
  const attribute = attributes[params.field];
  const documentId = params.data.id;
  if (attribute?.pluginOptions?.i18n?.localized !== false || typeof documentId !== 'string' || !documentId) {
    return null;
  }
  const rows = (await strapi.db.query(params.contentTypeUID).findMany({
    where: { documentId },
    select: ['locale', params.field],
  })) as Array<Record<string, unknown>>;
  if (rows.some((row) => row.locale === params.locale)) return null;
  const slug = rows.find((row) => typeof row[params.field] === 'string' && row[params.field] !== '');
  return slug ? String(slug[params.field]) : null;
}

/**
 * Whether `value` counts as taken for the admin's slug field in `locale`: held by a document that
 * already has a version in `locale`. The admin asks without saying which document it edits, and
 * every new language version of a document asks about the slug it shares with the document's
 * other versions (suggested by slugOfOtherLocales): "taken" there was false and alarming. A
 * document without a version in `locale` may be the one being translated, so it does not count;
 * the save, which knows the document, still refuses every other one (unique-slugs.ts).
 */
async function takenInLocale(strapi: Core.Strapi, params: AvailabilityParams): Promise<boolean> {
  const query = strapi.db.query(params.contentTypeUID);
  const holders = (await query.findMany({
    where: { [params.field]: params.value },
    select: ['documentId'],
  })) as Array<{ documentId: string }>;
  if (holders.length === 0) return false;
  if (!params.locale) return true;
  const documentIds = [...new Set(holders.map((row) => row.documentId))];
  return (await query.count({ where: { documentId: { $in: documentIds }, locale: params.locale } })) > 0;
}

/**
 * Teaches the admin's slug field (Strapi `uid` type) two things. Suggestions: Strapi's slugify
 * drops Chinese characters, so 济南 gave an empty slug; a Chinese title is spelled in pinyin
 * instead (suggestSlug). Availability: Strapi compares drafts of one locale only, while a slug
 * here names one document in every locale (unique-slugs.ts refuses the rest on save), so "free"
 * is decided over every locale and state, except that a document not yet in the asked locale may
 * be the one whose new version asks (takenInLocale).
 */
export function suggestSlugsInAdmin(strapi: Core.Strapi): void {
  const service = strapi.plugin('content-manager').service('uid') as UidService;
  const generate = service.generateUIDField.bind(service);

  service.findUniqueUID = async ({ contentTypeUID, field, value }) =>
    firstFreeSlug(value, await slugsStartingWith(strapi, contentTypeUID, field, value));

  service.checkUIDAvailability = async (params) => !(await takenInLocale(strapi, params));

  service.generateUIDField = async (params) => {
    const shared = await slugOfOtherLocales(strapi, params);
    if (shared) return shared;
    const field = slugFields(strapi, params.contentTypeUID).find(({ name }) => name === params.field);
    const title = field?.targetField ? params.data[field.targetField] : undefined;
    const slug = typeof title === 'string' && hasChinese(title) ? suggestSlug(title) : '';
    if (!slug) return generate(params);
    return service.findUniqueUID({ ...params, value: slug });
  };
}
