import type { Policy, PolicyLevel, PolicyValidity } from '@select-shandong/shared-types';
import type { LegalForceStatus, LegislationLeaf, WithContext } from 'schema-dts';
import type { PolicyStanding } from '../policies/policy-standing.ts';

// Conditional spreads escape tsc's excess-property check; `satisfies` on each fragment restores it.
type Fields = Partial<LegislationLeaf>;

/**
 * schema.org legal force of each standing: an amended document is still partly in force; one past
 * its expiry date is no longer in force, whatever its validity still says.
 */
export const LEGAL_FORCE: Record<PolicyStanding, LegalForceStatus> = {
  in_force: 'InForce',
  amended: 'PartiallyInForce',
  repealed: 'NotInForce',
  expired: 'NotInForce',
};

/** What the page knows beyond the document: its URL, language, jurisdiction and related pages. */
export interface LegislationContext {
  pageUrl: string;
  /** BCP 47 language of the page. */
  inLanguage: string;
  /** Where the policy applies, by level: 中国, 山东省 or the city's name. */
  jurisdiction: Record<PolicyLevel, string>;
  /** Where the policy stands on the build's day (policyStanding). */
  standing: PolicyStanding;
  /** Pages of the older documents this one amended or repealed, with how. */
  supersedes: { url: string; validity: PolicyValidity }[];
}

/** schema.org Legislation of a policy: 文号 as legislationIdentifier, issuer, dates and legal force. */
export function policyLegislationJsonLd(
  policy: Policy,
  context: LegislationContext,
): WithContext<LegislationLeaf> {
  const amends = context.supersedes.filter((s) => s.validity === 'amended').map((s) => ({ '@id': s.url }));
  const repeals = context.supersedes.filter((s) => s.validity === 'repealed').map((s) => ({ '@id': s.url }));
  return {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    '@id': context.pageUrl,
    url: context.pageUrl,
    name: policy.title,
    description: policy.summary,
    inLanguage: context.inLanguage,
    ...(policy.documentNumber ? ({ legislationIdentifier: policy.documentNumber } satisfies Fields) : {}),
    legislationDate: policy.issueDate,
    ...(policy.effectiveDate
      ? ({ legislationDateOfApplicability: policy.effectiveDate } satisfies Fields)
      : {}),
    ...(policy.expiryDate ? ({ expires: policy.expiryDate } satisfies Fields) : {}),
    legislationPassedBy: { '@type': 'GovernmentOrganization', name: policy.issuer },
    legislationJurisdiction: context.jurisdiction[policy.level],
    legislationLegalForce: LEGAL_FORCE[context.standing],
    ...(amends.length > 0 ? ({ legislationAmends: amends } satisfies Fields) : {}),
    ...(repeals.length > 0 ? ({ legislationRepeals: repeals } satisfies Fields) : {}),
  };
}
