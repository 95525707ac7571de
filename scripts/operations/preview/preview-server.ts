import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { signedPreviewPath } from '@select-shandong/site/preview/preview-link';
import { assertPortFree, freePort, waitForHttp } from '../../common/net.ts';
import { SITE_DIR } from '../../common/paths.ts';
import { superviseChild } from '../../common/process/supervised-child.ts';

/** What the preview server reads and where it listens. */
export interface PreviewServerOptions {
  /** Strapi base URL. */
  strapiUrl: string;
  /** The build token: the published site around the draft (navigation, related documents). */
  token: string;
  /** PREVIEW_SECRET, the same value Strapi has (16+ characters). */
  previewSecret: string;
  /** Port on 127.0.0.1; a free one when omitted. */
  port?: number;
  /** The site's public URL (canonical links inside the preview). */
  siteUrl?: string;
  /** Receives each line astro prints (default: dropped, but kept for error messages). */
  onLog?: (line: string) => void;
  /** How long to wait for astro dev to load the published content and listen. */
  readyTimeoutMs?: number;
}

/** A running preview server. */
export interface RunningPreviewServer {
  /** Base URL, e.g. http://127.0.0.1:4323. */
  url: string;
  port: number;
  stop(): Promise<void>;
}

const ASTRO_BIN = path.join(SITE_DIR, 'node_modules', '.bin', 'astro');

/**
 * Starts the draft preview: `astro dev` of the site with the draft-preview integration
 * (site/src/integrations/draft-preview.ts), so a draft is rendered per request by the same page
 * components as the static build, behind a gate that opens only to links signed with PREVIEW_SECRET. Its content-layer cache is a
 * folder of its own, so a site build running beside it never shares a data store.
 */
export async function startPreviewServer(options: PreviewServerOptions): Promise<RunningPreviewServer> {
  if (options.previewSecret.length < 16) throw new Error('PREVIEW_SECRET must have 16+ characters');
  if (options.port) await assertPortFree(options.port, 'the preview server');
  const port = options.port ?? (await freePort());
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'select-shandong-preview-'));
  const child = spawn(ASTRO_BIN, ['dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: SITE_DIR,
    env: {
      ...process.env,
      STRAPI_URL: options.strapiUrl,
      STRAPI_TOKEN: options.token,
      PREVIEW_SECRET: options.previewSecret,
      SITE_PREVIEW_SERVER: 'true',
      SITE_CACHE_DIR: cacheDir,
      ...(options.siteUrl ? { SITE_URL: options.siteUrl } : {}),
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const supervised = superviseChild(child, { keepLines: 100, onLog: options.onLog });
  const stop = async () => {
    await supervised.stop();
    fs.rmSync(cacheDir, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${port}`;
  try {
    // Without the secret the gate answers 401: that is the server being up.
    await waitForHttp(`${url}/`, options.readyTimeoutMs ?? 300_000, () => !supervised.exited());
  } catch (error) {
    await stop();
    throw new Error(
      `the preview server did not start: ${(error as Error).message}\n${supervised.recentLog()}`,
      {
        cause: error,
      },
    );
  }
  // Vite compiles the page components on the first request (seconds on a busy machine): a
  // request for a document that does not exist pays for that before an editor is waiting.
  const warmUp = { type: 'article', documentId: 'warm-up', locale: 'zh-Hans' } as const;
  await fetch(`${url}${signedPreviewPath(options.previewSecret, warmUp, new Date(), 60)}`)
    .then((response) => response.text())
    .catch((error: unknown) => options.onLog?.(`[preview] warm-up request failed: ${String(error)}`));
  return { url, port, stop };
}
