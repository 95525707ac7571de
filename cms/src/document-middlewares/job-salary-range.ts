import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

type DocumentMiddleware = Parameters<Core.Strapi['documents']['use']>[0];

const JOB_UID = 'api::job.job';
const SALARY_FIELDS = ['salaryMin', 'salaryMax'] as const;

/** The salary fields of a job as saved (or about to be). */
export interface SalaryRange {
  salaryMin?: number | null;
  salaryMax?: number | null;
}

/** The bilingual message for a range whose lower end is above its upper end, or null when it is fine. */
export function salaryRangeProblem(range: SalaryRange, where: string): string | null {
  const { salaryMin: min, salaryMax: max } = range;
  if (typeof min !== 'number' || typeof max !== 'number' || min <= max) return null;
  return (
    `月薪下限 ${min} 元高于月薪上限 ${max} 元，请改正后再保存（${where}，字段 salaryMin）。` +
    ` The monthly salary minimum (${min} CNY) is above the maximum (${max} CNY) in ${where}.`
  );
}

/**
 * Refuses to save a job whose monthly salary minimum is above its maximum, whoever writes it (the
 * admin's form, the content API, the seed). An update may carry one of the two fields only, so the
 * other comes from the stored draft.
 */
export function jobSalaryRange(strapi: Core.Strapi): DocumentMiddleware {
  return async (context, next) => {
    if (context.uid !== JOB_UID || (context.action !== 'create' && context.action !== 'update')) {
      return next();
    }
    const params = (context.params ?? {}) as { documentId?: string; locale?: string; data?: SalaryRange };
    const data = params.data ?? {};
    if (!SALARY_FIELDS.some((field) => field in data)) return next();
    let stored: SalaryRange = {};
    if (params.documentId) {
      stored =
        ((await strapi.db.query(JOB_UID).findOne({
          where: { documentId: params.documentId, publishedAt: null },
          select: [...SALARY_FIELDS],
        })) as SalaryRange | null) ?? {};
    }
    const range = { ...stored, ...data };
    const where = `${JOB_UID} ${params.documentId ?? '（新建）'}（${params.locale ?? 'zh-Hans'}）`;
    const problem = salaryRangeProblem(range, where);
    if (problem) {
      throw new errors.ValidationError(problem, {
        errors: [{ path: ['salaryMin'], message: problem, name: 'ValidationError', value: range.salaryMin }],
      });
    }
    return next();
  };
}
