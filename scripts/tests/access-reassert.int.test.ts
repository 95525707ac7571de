// An existing installation is narrowed on its next start: the build token an older version made as
// Strapi's stock `read-only` type (which reads suggestions, users and uploads), and public-role
// actions an administrator ticked in the admin (registration), are put back to exactly what the
// site needs — through the admin's own API, then a restart of a real Strapi.
import fs from 'node:fs';
import { PUBLIC_READ_ACTIONS } from '@select-shandong/cms/bootstrap/content-api-access';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { RunningStrapi } from '../operations/strapi/strapi-process.ts';
import { createDatabase, postgresStrapiEnv } from '../test-harness/postgres/throwaway-postgres.ts';
import { registerFirstAdmin } from '../test-harness/support/admin.ts';
import { type ThrowawayStrapi, throwawayStrapi } from '../test-harness/throwaway-strapi.ts';

type Json = Record<string, unknown>;

let instance: ThrowawayStrapi;
let strapi: RunningStrapi;
let adminJwt = '';

async function call(method: string, path: string, auth?: string, body?: unknown) {
  const response = await fetch(`${strapi.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bearer ${auth}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: (text.startsWith('{') ? JSON.parse(text) : {}) as Json };
}

const suggestion = {
  name: '李华',
  email: 'li.hua@example.com',
  subject: '个人数据',
  message: '只给编辑看。',
  language: 'zh-Hans',
};

beforeAll(async () => {
  const postgres = inject('postgres');
  if (postgres) createDatabase(postgres, 'strapi_access_reassert');
  instance = throwawayStrapi(postgres ? postgresStrapiEnv(postgres, 'strapi_access_reassert') : {});
  strapi = await instance.start();
  adminJwt = await registerFirstAdmin(strapi.url, 'access@example.com');
  expect((await call('POST', '/api/suggestions', undefined, { data: suggestion })).status).toBe(201);
});

afterAll(async () => {
  await strapi?.stop();
  instance?.remove();
});

describe('on restart, access is put back to what the site needs', () => {
  it('narrows a widened build token and revokes public actions ticked in the admin', async () => {
    const key = fs.readFileSync(instance.tokenFile, 'utf8');
    // As an older version left it: the stock read-only type, which reads personal data.
    const tokens = (await call('GET', '/admin/api-tokens', adminJwt)).body.data as Array<Json>;
    const build = tokens.find((t) => String(t.name).startsWith('site-build'));
    expect(build?.type).toBe('custom');
    const widened = await call('PUT', `/admin/api-tokens/${build?.id}`, adminJwt, { type: 'read-only' });
    expect(widened.status, JSON.stringify(widened.body)).toBe(200);
    expect((await call('GET', '/api/suggestions', key)).status).toBe(200);
    expect((await call('GET', '/api/users', key)).status).toBe(200);
    // An administrator ticks "register" for the public role in Settings › Users & Permissions.
    const roles = (await call('GET', '/users-permissions/roles', adminJwt)).body.roles as Array<Json>;
    const publicId = roles.find((role) => role.type === 'public')?.id;
    const role = (await call('GET', `/users-permissions/roles/${publicId}`, adminJwt)).body.role as {
      name: string;
      description: string;
      permissions: Record<string, { controllers: Record<string, Record<string, { enabled: boolean }>> }>;
    };
    const auth = role.permissions['plugin::users-permissions']?.controllers.auth;
    if (!auth?.register) throw new Error('the admin lists no users-permissions auth.register action');
    auth.register.enabled = true;
    const saved = await call('PUT', `/users-permissions/roles/${publicId}`, adminJwt, role);
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const register = { username: 'intruder', email: 'intruder@example.com', password: 'Passw0rd!x' };
    // Registration is switched off in users-permissions' advanced settings as well: still refused
    // (400 "Register action is currently disabled"), and no JWT is handed out.
    const refused = await call('POST', '/api/auth/local/register', undefined, register);
    expect(refused.status).toBe(400);
    expect(refused.body.jwt).toBeUndefined();

    await strapi.stop();
    strapi = await instance.start();

    expect(fs.readFileSync(instance.tokenFile, 'utf8')).toBe(key);
    const after = (await call('GET', '/admin/api-tokens', adminJwt)).body.data as Array<Json>;
    const narrowed = after.find((t) => t.id === build?.id);
    expect(narrowed?.type).toBe('custom');
    expect([...((narrowed?.permissions as string[] | undefined) ?? [])].sort()).toEqual(
      [...PUBLIC_READ_ACTIONS].sort(),
    );
    for (const path of [
      '/api/suggestions',
      '/api/users',
      '/api/upload/files',
      '/api/users-permissions/roles',
    ]) {
      expect((await call('GET', path, key)).status, path).toBe(403);
    }
    expect((await call('GET', '/api/articles', key)).status).toBe(200);
    expect((await call('POST', '/api/auth/local/register', undefined, register)).status).toBe(403);
    const reread = (await call('GET', `/users-permissions/roles/${publicId}`, adminJwt)).body
      .role as typeof role;
    expect(reread.permissions['plugin::users-permissions']?.controllers.auth?.register?.enabled).toBe(false);
  });
});
