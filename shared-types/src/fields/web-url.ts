import { z } from 'zod';

/** An http(s) URL (same rule as the Strapi regex), safe to use as a link target. */
export const webUrlSchema = z.string().regex(/^https?:\/\/\S+$/, 'Expected an http(s) URL');
