/** Environment variable through which the config integration tells the loaders which command runs. */
export const ASTRO_COMMAND_ENV = 'SELECT_SHANDONG_ASTRO_COMMAND';

/**
 * Whether this process runs `astro sync` (types only), in which case loaders must not call the CMS.
 * `astro check` counts as such: it runs `astro sync` in its own process (command "sync") before
 * the checker, and `astro check --noSync` loads no content at all.
 */
export function isTypesOnlySync(env: Record<string, string | undefined> = process.env): boolean {
  return env[ASTRO_COMMAND_ENV] === 'sync';
}
