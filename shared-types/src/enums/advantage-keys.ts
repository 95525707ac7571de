/** The ten advantages of Shandong, in the order the advantages page shows them. */
export const ADVANTAGE_KEYS = [
  'infrastructure',
  'investment_environment',
  'consumer_market',
  'human_resources',
  'industrial_system',
  'marine_economy',
  'innovation',
  'service_government',
  'international_living',
  'culture',
] as const;

/** One advantage key. */
export type AdvantageKey = (typeof ADVANTAGE_KEYS)[number];
