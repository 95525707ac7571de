import fs from 'node:fs';
import path from 'node:path';
// The admin package declares its services; Strapi's own `strapi.service()` returns an untyped record.
import type { ContentApiTokenService } from '@strapi/admin/dist/server/src/services/api-token';
import type { Core } from '@strapi/strapi';
import { PUBLIC_READ_ACTIONS } from './content-api-access';

export const BUILD_TOKEN_NAME = 'site-build (read-only)';
const DESCRIPTION = '静态站点构建使用的令牌：只能读取已发布的公开内容（由启动脚本自动创建并维护）';

const sameActions = (held: readonly string[] | undefined, wanted: readonly string[]) =>
  held !== undefined && held.length === wanted.length && wanted.every((action) => held.includes(action));

/**
 * Ensures the API token the site build uses exists and can do exactly what the build does:
 * `find`/`findOne` on the public content types (PUBLIC_READ_ACTIONS) and nothing else — no
 * suggestions, users, roles or upload listings, which Strapi's stock `read-only` type would read.
 * Re-asserted on every start, so an installation made with the old `read-only` token (or one an
 * administrator widened by hand) is narrowed on its next start; the token's key does not change.
 * When STRAPI_BUILD_TOKEN_FILE is set the key is written there (mode 0600), never logged.
 */
export async function ensureBuildToken(strapi: Core.Strapi): Promise<void> {
  const tokenFile = process.env.STRAPI_BUILD_TOKEN_FILE;
  const tokens = strapi.service('admin::api-token-content-api') as ContentApiTokenService;
  const permissions = [...PUBLIC_READ_ACTIONS];
  const existing = await tokens.getByName(BUILD_TOKEN_NAME, { includeDecryptedKey: true });
  let accessKey = existing?.accessKey;
  if (!existing) {
    const created = await tokens.create({
      name: BUILD_TOKEN_NAME,
      description: DESCRIPTION,
      type: 'custom',
      lifespan: null,
      permissions,
    });
    accessKey = created.accessKey;
    strapi.log.info(`[bootstrap] created API token "${BUILD_TOKEN_NAME}"`);
  } else {
    if (existing.type !== 'custom' || !sameActions(existing.permissions, permissions)) {
      await tokens.update(existing.id, { description: DESCRIPTION, type: 'custom', permissions });
      strapi.log.info(
        `[bootstrap] API token "${BUILD_TOKEN_NAME}" narrowed to ${permissions.length} read actions (was ${existing.type})`,
      );
    }
    if (!accessKey && tokenFile) {
      // Created under another ENCRYPTION_KEY: the plaintext cannot be recovered, so rotate it.
      accessKey = (await tokens.regenerate(existing.id)).accessKey;
      strapi.log.info(`[bootstrap] regenerated API token "${BUILD_TOKEN_NAME}"`);
    }
  }
  if (tokenFile && accessKey) {
    const target = path.resolve(tokenFile);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, accessKey, { mode: 0o600 });
    strapi.log.info(`[bootstrap] build token written to ${target}`);
  }
}
