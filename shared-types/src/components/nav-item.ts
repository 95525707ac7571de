import { z } from 'zod';

/** Component `shared.nav-item`: one navigation link managed by editors. */
export const navItemSchema = z.object({
  /** Text shown in the navigation. */
  label: z.string(),
  /** Site path such as `/cities/`. */
  href: z.string(),
});

/** One navigation item. */
export type NavItem = z.infer<typeof navItemSchema>;
