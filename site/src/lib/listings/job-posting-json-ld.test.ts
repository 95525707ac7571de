import type { Job } from '@select-shandong/shared-types';
import { describe, expect, it } from 'vitest';
import { jobPostingJsonLd } from './job-posting-json-ld.ts';

const job = {
  position: '海洋装备结构设计工程师',
  employer: '青岛蓝湾海工装备有限公司',
  openings: 6,
  employmentType: 'full_time',
  experience: '3 年以上',
  salaryMin: 15000,
  salaryMax: 26000,
  salaryNegotiable: false,
  postedAt: '2026-11-24',
  validUntil: '2027-02-22',
} as unknown as Job;
const context = {
  pageUrl: 'https://x/jobs/a/',
  descriptionHtml: '<p>d</p>',
  cityName: '青岛',
  region: '山东省',
};

describe('jobPostingJsonLd', () => {
  it('gives title, dates, employer, place, openings and a monthly salary in CNY', () => {
    expect(jobPostingJsonLd(job, context)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: '海洋装备结构设计工程师',
      description: '<p>d</p>',
      url: 'https://x/jobs/a/',
      datePosted: '2026-11-24',
      validThrough: '2027-02-22T23:59:59+08:00',
      employmentType: 'FULL_TIME',
      totalJobOpenings: 6,
      hiringOrganization: { '@type': 'Organization', name: '青岛蓝湾海工装备有限公司' },
      jobLocation: {
        '@type': 'Place',
        address: {
          '@type': 'PostalAddress',
          addressLocality: '青岛',
          addressRegion: '山东省',
          addressCountry: 'CN',
        },
      },
      baseSalary: {
        '@type': 'MonetaryAmount',
        currency: 'CNY',
        value: { '@type': 'QuantitativeValue', unitText: 'MONTH', minValue: 15000, maxValue: 26000 },
      },
      experienceRequirements: '3 年以上',
    });
  });

  it('leaves out the salary when it is negotiable and the city when it is not published', () => {
    const data = jobPostingJsonLd(
      { ...job, salaryNegotiable: true, experience: null, employmentType: 'internship' },
      { ...context, cityName: undefined },
    );
    expect(data).not.toHaveProperty('baseSalary');
    expect(data).not.toHaveProperty('experienceRequirements');
    expect(data.employmentType).toBe('INTERN');
    expect(data.jobLocation).toEqual({
      '@type': 'Place',
      address: { '@type': 'PostalAddress', addressRegion: '山东省', addressCountry: 'CN' },
    });
  });
});
