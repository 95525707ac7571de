/**
 * Reads a secret that Strapi cannot start without, failing with the variable's name and where
 * it is documented instead of Strapi's later, vaguer error.
 */
export function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set: see cms/.env.example (pnpm start writes cms/.env with new secrets)`);
  }
  return value;
}
