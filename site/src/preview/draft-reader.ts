import type { ContentOf } from '@select-shandong/shared-types';
import { createDraftReader, type DraftReader } from '../cms/draft.ts';
import { ContentValidationError } from '../cms/errors.ts';
import { readCmsEnv, SiteConfigError } from '../config/env.ts';
import { localeFromParam, toCmsLocale } from '../i18n/locales.ts';
import { isPreviewedType, type PreviewedSingleType, type PreviewedType } from './previewed-types.ts';

/** The preview server's draft reader, from STRAPI_URL and PREVIEW_SECRET; throws a message saying what to set. */
export function previewDraftReader(env: Record<string, string | undefined> = process.env): DraftReader {
  const cms = readCmsEnv(env);
  const previewSecret = env.PREVIEW_SECRET?.trim() ?? '';
  if (previewSecret.length < 16) {
    throw new SiteConfigError(
      'PREVIEW_SECRET must be set (16+ characters, the same value Strapi has) to preview drafts.',
    );
  }
  // An editor is waiting for the page: fail within seconds rather than retry for a minute.
  return createDraftReader({
    baseUrl: cms.strapiUrl,
    previewSecret,
    timeoutMs: cms.timeoutMs,
    retryBudgetMs: 5_000,
  });
}

/** One draft and its type, so the preview page picks the type's page component. */
export type PreviewDraft = {
  [T in PreviewedType | PreviewedSingleType]: { type: T; document: ContentOf<T> };
}[PreviewedType | PreviewedSingleType];

/** A draft to render, or the answer the preview gives instead (status and a sentence for the editor). */
export type PreviewOutcome = { draft: PreviewDraft } | { status: number; message: string };

/** The route params of the preview page (`/preview/<type>/<documentId>/[en/]`). */
export interface PreviewParams {
  type?: string;
  documentId?: string;
  lang?: string;
}

/**
 * Reads the draft a preview URL names. An unknown type or locale, or a missing draft, is a 404; a
 * draft the site could not render (a required field still empty) is a 422 naming the fields, which
 * the editor can fix before publishing.
 */
export async function readPreviewDraft(params: PreviewParams, reader: DraftReader): Promise<PreviewOutcome> {
  const { type, documentId } = params;
  if (!type || !documentId || !isPreviewedType(type)) {
    return { status: 404, message: `No preview for type "${type}".` };
  }
  let locale: ReturnType<typeof toCmsLocale>;
  try {
    locale = toCmsLocale(localeFromParam(params.lang));
  } catch {
    return { status: 404, message: `No preview in locale "${params.lang}".` };
  }
  try {
    const document = await reader.fetchDraft(type, documentId, locale);
    if (!document) return { status: 404, message: `No draft of ${type} ${documentId} in locale ${locale}.` };
    return { draft: { type, document } as PreviewDraft };
  } catch (error) {
    if (!(error instanceof ContentValidationError)) throw error;
    return { status: 422, message: `This draft cannot be shown as a page yet: ${error.message}` };
  }
}
