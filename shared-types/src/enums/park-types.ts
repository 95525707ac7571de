/** Park types: 经济技术开发区 · 高新技术产业开发区 · 海关特殊监管区域. */
export const PARK_TYPES = ['economic_development_zone', 'high_tech_zone', 'customs_special_zone'] as const;

/** One park type. */
export type ParkType = (typeof PARK_TYPES)[number];
