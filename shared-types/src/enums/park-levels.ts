/** Park levels: 国家级 · 省级. */
export const PARK_LEVELS = ['national', 'provincial'] as const;

/** One park level. */
export type ParkLevel = (typeof PARK_LEVELS)[number];
