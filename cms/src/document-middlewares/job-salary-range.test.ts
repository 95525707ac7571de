import { describe, expect, it } from 'vitest';
import { salaryRangeProblem } from './job-salary-range';

describe('salaryRangeProblem', () => {
  it('accepts a range the right way round, an equal range and a missing end', () => {
    expect(salaryRangeProblem({ salaryMin: 8000, salaryMax: 12000 }, 'job x')).toBeNull();
    expect(salaryRangeProblem({ salaryMin: 9000, salaryMax: 9000 }, 'job x')).toBeNull();
    expect(salaryRangeProblem({ salaryMin: 9000, salaryMax: null }, 'job x')).toBeNull();
    expect(salaryRangeProblem({}, 'job x')).toBeNull();
  });

  it('refuses a minimum above the maximum, naming both figures, the document and the field', () => {
    const message = salaryRangeProblem({ salaryMin: 15000, salaryMax: 9000 }, 'api::job.job abc（en）');
    expect(message).toContain('月薪下限 15000 元高于月薪上限 9000 元');
    expect(message).toContain('api::job.job abc（en）');
    expect(message).toContain('salaryMin');
  });
});
