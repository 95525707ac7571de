import type { Policy } from '@select-shandong/shared-types';
import { describe, expect, it } from 'vitest';
import { policyStanding } from '../policies/policy-standing.ts';
import { policyLegislationJsonLd } from './legislation-json-ld.ts';

const policy = {
  title: '山东省优化营商环境条例',
  summary: '保障市场主体平等待遇。',
  documentNumber: '山东省人民代表大会常务委员会公告第145号',
  issuer: '山东省人民代表大会常务委员会',
  level: 'provincial',
  issueDate: '2020-11-27',
  effectiveDate: '2021-01-01',
  expiryDate: null,
  validity: 'in_force',
} as unknown as Policy;

const context = {
  pageUrl: 'https://x/policies/a/',
  inLanguage: 'zh-Hans',
  jurisdiction: { national: '中华人民共和国', provincial: '山东省', municipal: '青岛' },
  standing: 'in_force' as const,
  supersedes: [],
};

describe('policyLegislationJsonLd', () => {
  it('names the document number, issuer, dates, jurisdiction and legal force', () => {
    expect(policyLegislationJsonLd(policy, context)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Legislation',
      '@id': 'https://x/policies/a/',
      url: 'https://x/policies/a/',
      name: policy.title,
      description: policy.summary,
      inLanguage: 'zh-Hans',
      legislationIdentifier: policy.documentNumber,
      legislationDate: '2020-11-27',
      legislationDateOfApplicability: '2021-01-01',
      legislationPassedBy: { '@type': 'GovernmentOrganization', name: policy.issuer },
      legislationJurisdiction: '山东省',
      legislationLegalForce: 'InForce',
    });
  });

  it('marks repealed documents NotInForce, amended ones PartiallyInForce, with their expiry', () => {
    const repealed = { ...policy, validity: 'repealed', expiryDate: '2024-02-29' } as Policy;
    expect(policyLegislationJsonLd(repealed, { ...context, standing: 'repealed' })).toMatchObject({
      legislationLegalForce: 'NotInForce',
      expires: '2024-02-29',
    });
    const amended = { ...policy, validity: 'amended', level: 'municipal' } as Policy;
    expect(policyLegislationJsonLd(amended, { ...context, standing: 'amended' })).toMatchObject({
      legislationLegalForce: 'PartiallyInForce',
      legislationJurisdiction: '青岛',
    });
  });

  it('marks a document still marked in force but past its expiry date NotInForce', () => {
    const lapsed = { ...policy, expiryDate: '2025-12-31' } as Policy;
    const standing = policyStanding(lapsed, '2026-01-01');
    expect(standing).toBe('expired');
    expect(policyLegislationJsonLd(lapsed, { ...context, standing })).toMatchObject({
      legislationLegalForce: 'NotInForce',
      expires: '2025-12-31',
    });
  });

  it('points a successor at the documents it amended and repealed, and leaves out absent facts', () => {
    const ld = policyLegislationJsonLd({ ...policy, documentNumber: null, effectiveDate: null } as Policy, {
      ...context,
      supersedes: [
        { url: 'https://x/policies/old/', validity: 'repealed' },
        { url: 'https://x/policies/older/', validity: 'amended' },
      ],
    });
    expect(ld).toMatchObject({
      legislationRepeals: [{ '@id': 'https://x/policies/old/' }],
      legislationAmends: [{ '@id': 'https://x/policies/older/' }],
    });
    expect(ld).not.toHaveProperty('legislationIdentifier');
    expect(ld).not.toHaveProperty('legislationDateOfApplicability');
  });
});
