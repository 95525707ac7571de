import { z } from 'zod';

/** A calendar date as Strapi's `date` type returns it (`2024-05-01`); kept as a string. */
export const dateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date such as 2024-05-01');
