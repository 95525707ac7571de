import { factories } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { decoyDocumentId } from '../../../suggestions/decoy-document-id';
import { replyPage } from '../../../suggestions/reply-page';
import { localePrefix, readSuggestionEnv } from '../../../suggestions/suggestion-env';
import { validateSuggestion } from '../../../suggestions/validate-suggestion';

const INVALID = { 'zh-Hans': '提交未成功：', en: 'Your suggestion was not sent: ' } as const;

/**
 * `create` takes the site's form two ways: JSON (`{ data: {...} }` or flat, from the script) answers
 * 201 or a 400 naming the field; a plain urlencoded POST (no JavaScript) is redirected with 303 to the
 * thank-you page on SITE_URL, or gets a 400 page in the form's language. A filled honeypot gets the
 * same success, with a made-up document id of Strapi's form, and nothing is stored. The reply
 * never echoes the submission.
 */
export default factories.createCoreController('api::suggestion.suggestion', ({ strapi }) => ({
  async create(ctx) {
    const env = readSuggestionEnv();
    const isForm = ctx.is('application/x-www-form-urlencoded') === 'application/x-www-form-urlencoded';
    const body = (ctx.request.body ?? {}) as Record<string, unknown>;
    const fields = (typeof body.data === 'object' && body.data !== null ? body.data : body) as Record<
      string,
      unknown
    >;
    const check = validateSuggestion(fields);
    if (!check.ok) {
      const messages = check.problems.map((problem) => problem.message);
      if (isForm) {
        ctx.status = 400;
        ctx.type = 'html';
        ctx.body = replyPage(
          check.language,
          messages,
          `${env.siteUrl}${localePrefix(check.language)}/suggestions/`,
        );
        return;
      }
      throw new errors.ValidationError(`${INVALID[check.language]}${messages.join(' ')}`, {
        errors: check.problems.map((problem) => ({ path: [problem.field], message: problem.message })),
      });
    }
    const documentId = check.isBot
      ? decoyDocumentId()
      : (await strapi.documents('api::suggestion.suggestion').create({ data: check.value })).documentId;
    if (isForm) {
      ctx.status = 303;
      ctx.redirect(`${env.siteUrl}${localePrefix(check.value.language)}/suggestions/thanks/`);
      return;
    }
    ctx.status = 201;
    ctx.body = { data: { documentId, received: true } };
  },
}));
