import { z } from 'zod';
import { ADVANTAGE_KEYS } from '../enums/advantage-keys.ts';

/** Component `shared.advantage`: one of Shandong's ten advantages. */
export const advantageSchema = z.object({
  /** Which of the ten advantages this is. */
  key: z.enum(ADVANTAGE_KEYS),
  /** Heading. */
  title: z.string(),
  /** One or two sentences. */
  summary: z.string(),
  /** Markdown body. */
  body: z.string().nullable(),
});

/** One advantage. */
export type Advantage = z.infer<typeof advantageSchema>;
