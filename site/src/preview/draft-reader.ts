import { createDraftReader, type DraftReader } from '../cms/draft.ts';
import { readCmsEnv, SiteConfigError } from '../config/env.ts';

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
