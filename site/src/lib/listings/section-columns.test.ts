import { describe, expect, it } from 'vitest';
import { sectionColumns } from './section-columns.ts';

describe('sectionColumns', () => {
  it('gives each section the columns of the portal navigation', () => {
    expect(sectionColumns('talent')).toEqual(['talent_policy', 'talent_demand', 'talent_info']);
    expect(sectionColumns('settle')).toHaveLength(5);
    expect(sectionColumns('cases')).toEqual([
      'case_foreign_investment',
      'case_key_investment',
      'case_talent',
      'case_executive_interview',
    ]);
    expect(sectionColumns('news').slice(0, 5)).toEqual([
      'news_brief',
      'investment_news',
      'key_meetings',
      'major_events',
      'industry_news',
    ]);
  });
});
