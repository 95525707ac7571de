import { z } from 'zod';

/** Component `shared.key-figure`: one figure such as population or GDP. */
export const keyFigureSchema = z.object({
  /** What is measured, e.g. 常住人口. */
  label: z.string(),
  /** The value as editors wrote it, e.g. 941.5. */
  value: z.string(),
  /** Unit, e.g. 万人. */
  unit: z.string().nullable(),
  /** Year the figure refers to. */
  year: z.number().int().nullable(),
});

/** One key figure. */
export type KeyFigure = z.infer<typeof keyFigureSchema>;
