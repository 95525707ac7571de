import { z } from 'zod';

/** An ISO 8601 timestamp as Strapi returns it (`2024-05-01T08:00:00.000Z`); kept as a string. */
export const dateTimeSchema = z.string().datetime({ offset: true });
