import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';

export const BUILD_TOKEN_NAME = 'site-build (read-only)';

interface ApiTokenService {
  getByName(
    name: string,
    options?: { includeDecryptedKey?: boolean },
  ): Promise<{ id: number; accessKey?: string } | null>;
  create(attributes: {
    name: string;
    description: string;
    type: 'read-only';
    lifespan: null;
  }): Promise<{ accessKey: string }>;
  regenerate(id: number): Promise<{ accessKey: string }>;
}

/**
 * Ensures the read-only API token the site build uses exists and, when STRAPI_BUILD_TOKEN_FILE is
 * set, writes it there (mode 0600) for the local pipeline. The token itself is never logged.
 */
export async function ensureBuildToken(strapi: Core.Strapi): Promise<void> {
  const tokenFile = process.env.STRAPI_BUILD_TOKEN_FILE;
  const tokens = strapi.service('admin::api-token-content-api') as unknown as ApiTokenService;
  const existing = await tokens.getByName(BUILD_TOKEN_NAME, { includeDecryptedKey: true });
  let accessKey = existing?.accessKey;
  if (!existing) {
    const created = await tokens.create({
      name: BUILD_TOKEN_NAME,
      description: '静态站点构建使用的只读令牌（由启动脚本自动创建）',
      type: 'read-only',
      lifespan: null,
    });
    accessKey = created.accessKey;
    strapi.log.info(`[bootstrap] created API token "${BUILD_TOKEN_NAME}"`);
  } else if (!accessKey && tokenFile) {
    // Created under another ENCRYPTION_KEY: the plaintext cannot be recovered, so rotate it.
    accessKey = (await tokens.regenerate(existing.id)).accessKey;
    strapi.log.info(`[bootstrap] regenerated API token "${BUILD_TOKEN_NAME}"`);
  }
  if (tokenFile && accessKey) {
    const target = path.resolve(tokenFile);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, accessKey, { mode: 0o600 });
    strapi.log.info(`[bootstrap] build token written to ${target}`);
  }
}
