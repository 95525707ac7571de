import { z } from 'zod';

const DECIMAL_STRING = /^-?\d+(\.\d+)?$/;

/**
 * A Strapi `decimal`: SQLite returns a number, PostgreSQL a string; both become a number.
 */
export const decimalSchema = z
  .union([z.number().finite(), z.string().trim().regex(DECIMAL_STRING, 'Expected a decimal number')])
  .transform((value) => (typeof value === 'number' ? value : Number(value)));
