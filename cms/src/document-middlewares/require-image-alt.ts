import type { Core, Schema, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';

interface MediaFile {
  id: number;
  name?: string;
  alternativeText?: string | null;
}
type DocumentMiddleware = Parameters<Core.Strapi['documents']['use']>[0];

/**
 * Names of a content type's media attributes that show pictures. A field that also takes files
 * (`attachments`) is a download list: its link text is the file's name, so a PDF there needs no
 * alternative text.
 */
function pictureFields(
  strapi: Core.Strapi,
  uid: UID.ContentType,
): Schema.PopulatableAttributeNames<UID.ContentType>[] {
  const model = strapi.getModel(uid);
  return Object.entries(model?.attributes ?? {})
    .filter(
      ([, attribute]) => attribute.type === 'media' && !(attribute.allowedTypes ?? []).includes('files'),
    )
    .map(([name]) => name as Schema.PopulatableAttributeNames<UID.ContentType>);
}

/** Files among `value` (one media field's content) that have no alternative text. */
function filesWithoutAlt(value: unknown): MediaFile[] {
  const files = (Array.isArray(value) ? value : value ? [value] : []) as MediaFile[];
  return files.filter((file) => !file.alternativeText?.trim());
}

/**
 * Refuses to publish a document whose images lack alternative text (WCAG 1.1.1): readers of the
 * site get the alt text the editor wrote, never an empty or file-name one. Drafts may be saved
 * without it; the check runs when a document is published.
 */
export function requireImageAlt(strapi: Core.Strapi): DocumentMiddleware {
  return async (context, next) => {
    // The admin's Publish button (and every API publish) goes through the `publish` action.
    const publishing = context.action === 'publish' && context.uid.startsWith('api::');
    const fields = publishing ? pictureFields(strapi, context.uid) : [];
    const params = (context.params ?? {}) as { documentId?: string; locale?: unknown };
    const { documentId } = params;
    if (fields.length > 0 && documentId) {
      const documents = strapi.documents(context.uid);
      const locales = typeof params.locale === 'string' && params.locale !== '*' ? [params.locale] : [];
      const drafts = await Promise.all(
        (locales.length > 0 ? locales : [undefined]).map((locale) =>
          documents.findOne({
            documentId,
            ...(locale ? { locale } : {}),
            status: 'draft',
            populate: fields,
          }),
        ),
      );
      for (const draft of drafts) {
        for (const field of fields) {
          const missing = filesWithoutAlt((draft as Record<string, unknown> | null)?.[field]);
          if (missing.length > 0) {
            const names = missing.map((file) => file.name ?? `#${file.id}`).join(', ');
            throw new errors.ValidationError(
              `图片缺少替代文字：请在媒体库中为 ${names} 填写“替代文字”后再发布（字段 ${field}）。` +
                ` Image ${names} in field "${field}" has no alternative text; add it in the media library before publishing.`,
            );
          }
        }
      }
    }
    return next();
  };
}
