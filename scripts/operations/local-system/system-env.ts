import { randomBytes } from 'node:crypto';

/** The addresses everything `pnpm start` starts agrees on, and Strapi's environment built from them. */
export interface LocalSystem {
  sitePort: number;
  cmsPort: number;
  rebuildPort: number;
  /** Where the draft preview (scripts/operations/preview) listens. */
  previewPort: number;
  /** The draft preview's URL, which Strapi's "Open preview" links to (PREVIEW_URL). */
  previewUrl: string;
  /** The site's public URL: what the pipeline builds for, Strapi's preview links and form redirects. */
  siteUrl: string;
  cmsUrl: string;
  /** Where Strapi posts its publish webhooks (the rebuild service `pnpm start` runs, unless the shell names another). */
  rebuildWebhookUrl: string;
  /** The environment of the Strapi process. */
  strapiEnv: Record<string, string>;
}

type Env = Record<string, string | undefined>;

function port(env: Env, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  const value = raw ? Number(raw) : fallback;
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    throw new Error(`${name} must be a port number (1–65535), got "${env[name]}"`);
  }
  return value;
}

/**
 * Computes, in one place, the ports and URLs of a local system and Strapi's environment. Strapi's
 * variables come from cms/.env (`fileEnv`), but a variable Strapi reads (`strapiNames`: those in
 * cms/.env.example or cms/.env) set in the shell wins; SITE_URL, REBUILD_WEBHOOK_URL, PREVIEW_URL and
 * the two secrets default to what this system serves, so non-default ports need nothing else.
 */
export function localSystem(
  shell: Env,
  fileEnv: Record<string, string>,
  strapiNames: Iterable<string>,
  extra: { buildStatusFile: string },
): LocalSystem {
  const sitePort = port(shell, 'SITE_PORT', 4321);
  const cmsPort = port(shell, 'CMS_PORT', 1337);
  const rebuildPort = port(shell, 'REBUILD_PORT', 4322);
  const previewPort = port(shell, 'PREVIEW_PORT', 4323);
  const strapiEnv: Record<string, string> = { ...fileEnv };
  for (const name of new Set([...strapiNames, ...Object.keys(fileEnv)])) {
    const value = shell[name];
    if (value !== undefined) strapiEnv[name] = value;
  }
  // HOST and PORT are Strapi's listening address, which `pnpm start` owns (CMS_PORT).
  delete strapiEnv.HOST;
  delete strapiEnv.PORT;
  const siteUrl = (strapiEnv.SITE_URL?.trim() || `http://127.0.0.1:${sitePort}`).replace(/\/+$/, '');
  const rebuildWebhookUrl =
    strapiEnv.REBUILD_WEBHOOK_URL?.trim() || `http://127.0.0.1:${rebuildPort}/webhook`;
  strapiEnv.SITE_URL = siteUrl;
  strapiEnv.REBUILD_WEBHOOK_URL = rebuildWebhookUrl;
  // A fresh secret per start is enough: bootstrap brings the webhook's header up to date each time.
  strapiEnv.WEBHOOK_SECRET = strapiEnv.WEBHOOK_SECRET?.trim() || randomBytes(24).toString('base64url');
  const previewUrl = (strapiEnv.PREVIEW_URL?.trim() || `http://127.0.0.1:${previewPort}`).replace(/\/+$/, '');
  strapiEnv.PREVIEW_URL = previewUrl;
  // Strapi and the preview server get the same secret; a fresh one per start, like the webhook's.
  strapiEnv.PREVIEW_SECRET = strapiEnv.PREVIEW_SECRET?.trim() || randomBytes(24).toString('base64url');
  strapiEnv.BUILD_STATUS_FILE = strapiEnv.BUILD_STATUS_FILE?.trim() || extra.buildStatusFile;
  strapiEnv.SEED_DEMO_CONTENT = strapiEnv.SEED_DEMO_CONTENT?.trim() || 'if-empty';
  return {
    sitePort,
    cmsPort,
    rebuildPort,
    previewPort,
    previewUrl,
    siteUrl,
    cmsUrl: `http://127.0.0.1:${cmsPort}`,
    rebuildWebhookUrl,
    strapiEnv,
  };
}
