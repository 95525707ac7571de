import { z } from 'zod';

/** Component `shared.contact-info`: who to call about a park or project. */
export const contactInfoSchema = z.object({
  /** Contact person or department. */
  person: z.string().nullable(),
  /** Phone number with area code. */
  phone: z.string().nullable(),
  /** Public e-mail address. */
  email: z.string().nullable(),
  /** Postal address. */
  address: z.string().nullable(),
});

/** Contact details. */
export type ContactInfo = z.infer<typeof contactInfoSchema>;
