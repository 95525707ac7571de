import type { Core } from '@strapi/strapi';
import { createRateLimiter } from '../../../suggestions/rate-limiter';
import { replyPage } from '../../../suggestions/reply-page';
import { localePrefix, readSuggestionEnv } from '../../../suggestions/suggestion-env';
import { suggestionLanguage } from '../../../suggestions/validate-suggestion';

const TOO_MANY = {
  'zh-Hans': (minutes: number) =>
    `提交过于频繁，请 ${minutes} 分钟后再试。如有急事，请通过“联络我们”中的电话联系。`,
  en: (minutes: number) =>
    `Too many suggestions from your connection. Please try again in ${minutes} minutes, or call one of the offices under Contact us.`,
} as const;

/**
 * Per-IP limit on suggestion posts (SUGGESTION_RATE_LIMIT_MAX per SUGGESTION_RATE_LIMIT_WINDOW_MS).
 * It sits on the create route only, so a flood of posts never slows the read API. Behind a proxy,
 * set `proxy: true` in the server config so `ctx.request.ip` is the reader's address.
 */
const rateLimit: Core.MiddlewareFactory = () => {
  const env = readSuggestionEnv();
  const limiter = createRateLimiter(env.rateLimitMax, env.rateLimitWindowMs);
  return async (ctx, next) => {
    if (limiter.take(ctx.request.ip)) return next();
    const body = (ctx.request.body ?? {}) as Record<string, unknown>;
    const data = (typeof body.data === 'object' && body.data !== null ? body.data : body) as Record<
      string,
      unknown
    >;
    const language = suggestionLanguage(data.language);
    const message = TOO_MANY[language](Math.ceil(env.rateLimitWindowMs / 60_000));
    ctx.status = 429;
    ctx.set('Retry-After', String(Math.ceil(env.rateLimitWindowMs / 1000)));
    if (ctx.is('application/x-www-form-urlencoded')) {
      ctx.type = 'html';
      ctx.body = replyPage(language, [message], `${env.siteUrl}${localePrefix(language)}/suggestions/`);
    } else {
      ctx.body = { data: null, error: { status: 429, name: 'RateLimitError', message, details: {} } };
    }
  };
};

export default rateLimit;
