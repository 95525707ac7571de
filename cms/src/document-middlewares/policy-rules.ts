import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

type DocumentMiddleware = Parameters<Core.Strapi['documents']['use']>[0];

const POLICY = 'api::policy.policy';

/** Actions that leave a policy with the values checked here. */
const CHECKED_ACTIONS = new Set(['create', 'update', 'publish']);

/** What a write does to a to-one relation: gives it a target, clears it, or leaves it as stored. */
export type RelationChange = 'set' | 'cleared' | 'unchanged';

interface RelationInput {
  set?: unknown[];
  connect?: unknown[];
  disconnect?: unknown[];
}

/**
 * How a relation value in `data` changes the relation: the admin sends `{ connect, disconnect }`,
 * the Document Service also takes `{ set }`, a documentId, an id, a list of them or null.
 */
export function relationChange(value: unknown): RelationChange {
  if (value === undefined) return 'unchanged';
  if (value === null) return 'cleared';
  if (typeof value === 'string' || typeof value === 'number') return 'set';
  if (Array.isArray(value)) return value.length > 0 ? 'set' : 'cleared';
  if (typeof value === 'object') {
    const input = value as RelationInput;
    if (Array.isArray(input.set)) return input.set.length > 0 ? 'set' : 'cleared';
    if (Array.isArray(input.connect) && input.connect.length > 0) return 'set';
    if (Array.isArray(input.disconnect) && input.disconnect.length > 0) return 'cleared';
    if ('documentId' in input || 'id' in input) return 'set';
    return 'unchanged';
  }
  return 'unchanged';
}

/** The values the rules look at, as the document will hold them after the write. */
export interface PolicyRuleInput {
  level: unknown;
  hasCity: boolean;
  longTerm: unknown;
  expiryDate: unknown;
  effectiveDate: unknown;
}

/** The first broken rule as `[field, message]` (Chinese for editors, then English), or null. */
export function brokenPolicyRule(
  policy: PolicyRuleInput,
  where: string,
): [field: string, message: string] | null {
  if (policy.level === 'municipal' && !policy.hasCity) {
    return [
      'city',
      '市级政策必须选择“所属城市”：请在右侧“所属城市”中选择发文的设区市后再保存。' +
        ` A municipal policy needs a city (${where}, field "city").`,
    ];
  }
  if (policy.longTerm === true && policy.expiryDate) {
    return [
      'expiryDate',
      '“长期有效”与“失效日期”只能填一项：长期有效的政策请清空失效日期。' +
        ` A long-term policy has no expiry date (${where}, field "expiryDate").`,
    ];
  }
  const effective = typeof policy.effectiveDate === 'string' ? policy.effectiveDate : '';
  const expiry = typeof policy.expiryDate === 'string' ? policy.expiryDate : '';
  if (effective && expiry && expiry < effective) {
    return [
      'expiryDate',
      `失效日期 ${expiry} 早于施行日期 ${effective}，请检查。` +
        ` The expiry date ${expiry} is before the effective date ${effective} (${where}, field "expiryDate").`,
    ];
  }
  return null;
}

interface StoredPolicy {
  level?: unknown;
  longTerm?: unknown;
  expiryDate?: unknown;
  effectiveDate?: unknown;
  city?: unknown;
}

/**
 * Refuses to save or publish a policy whose facts contradict each other, with a message the admin
 * shows under the field: a municipal (市级) policy without its city, a long-term policy with an
 * expiry date, an expiry date before the effective date. Values the write does not touch are
 * taken from the stored draft.
 */
export function policyRules(strapi: Core.Strapi): DocumentMiddleware {
  return async (context, next) => {
    if (context.uid !== POLICY || !CHECKED_ACTIONS.has(context.action)) return next();
    const params = (context.params ?? {}) as {
      documentId?: string;
      locale?: unknown;
      data?: Record<string, unknown>;
    };
    const data = context.action === 'publish' ? {} : (params.data ?? {});
    const locale = typeof params.locale === 'string' && params.locale !== '*' ? params.locale : undefined;
    const stored: StoredPolicy | null = params.documentId
      ? ((await strapi.documents(POLICY).findOne({
          documentId: params.documentId,
          ...(locale ? { locale } : {}),
          status: 'draft',
          populate: ['city'],
        })) as StoredPolicy | null)
      : null;
    const pick = (field: keyof PolicyRuleInput & keyof StoredPolicy) =>
      field in data ? data[field] : stored?.[field];
    const change = relationChange(data.city);
    const where = `policy ${params.documentId ?? '(new)'}, locale ${locale ?? 'zh-Hans'}`;
    const broken = brokenPolicyRule(
      {
        level: pick('level'),
        hasCity: change === 'unchanged' ? Boolean(stored?.city) : change === 'set',
        longTerm: pick('longTerm'),
        expiryDate: pick('expiryDate'),
        effectiveDate: pick('effectiveDate'),
      },
      where,
    );
    if (broken) {
      const [field, message] = broken;
      throw new errors.ValidationError(message, {
        errors: [{ path: [field], message, name: 'ValidationError' }],
      });
    }
    return next();
  };
}
