import { z } from 'zod';

/** A calendar date as Strapi returns a `date` attribute (`2026-12-02`); kept as a string. */
export const dateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date like "2026-12-02"');
