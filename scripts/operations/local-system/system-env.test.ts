import { describe, expect, it } from 'vitest';
import { localSystem } from './system-env.ts';

const names = [
  'SITE_URL',
  'REBUILD_WEBHOOK_URL',
  'WEBHOOK_SECRET',
  'PREVIEW_ENABLED',
  'HOST',
  'PORT',
  'BUILD_STATUS_FILE',
];
const file = { APP_KEYS: 'a,b', ADMIN_JWT_SECRET: 'from-file' };
const extra = { buildStatusFile: '/repo/.local/build-status.json' };

describe('localSystem', () => {
  it('derives every URL from the ports, so non-default ports reach Strapi too', () => {
    const system = localSystem(
      { SITE_PORT: '5400', CMS_PORT: '5401', REBUILD_PORT: '5402', PREVIEW_PORT: '5403' },
      file,
      names,
      extra,
    );
    expect(system).toMatchObject({
      siteUrl: 'http://127.0.0.1:5400',
      cmsUrl: 'http://127.0.0.1:5401',
      rebuildWebhookUrl: 'http://127.0.0.1:5402/webhook',
      previewUrl: 'http://127.0.0.1:5403',
    });
    expect(system.strapiEnv).toMatchObject({
      APP_KEYS: 'a,b',
      SITE_URL: 'http://127.0.0.1:5400',
      REBUILD_WEBHOOK_URL: 'http://127.0.0.1:5402/webhook',
      BUILD_STATUS_FILE: '/repo/.local/build-status.json',
      SEED_DEMO_CONTENT: 'if-empty',
      PREVIEW_URL: 'http://127.0.0.1:5403',
    });
    expect(system.strapiEnv.WEBHOOK_SECRET?.length).toBeGreaterThanOrEqual(16);
    expect(system.strapiEnv.PREVIEW_SECRET?.length).toBeGreaterThanOrEqual(16);
  });

  it('uses the defaults 4321, 1337, 4322 and 4323', () => {
    const system = localSystem({}, file, names, extra);
    expect([system.siteUrl, system.cmsUrl, system.rebuildWebhookUrl, system.previewUrl]).toEqual([
      'http://127.0.0.1:4321',
      'http://127.0.0.1:1337',
      'http://127.0.0.1:4322/webhook',
      'http://127.0.0.1:4323',
    ]);
  });

  it('lets variables set in the shell win over cms/.env, for the names Strapi reads', () => {
    const shell = {
      SITE_URL: 'https://www.example.gov.cn/',
      REBUILD_WEBHOOK_URL: 'http://10.0.0.5:4322/webhook',
      WEBHOOK_SECRET: 'shell-secret-0123456789',
      ADMIN_JWT_SECRET: 'from-shell',
      SITE_PORT: '5400',
      UNRELATED: 'not for strapi',
    };
    const { strapiEnv, siteUrl } = localSystem(shell, { ...file, SITE_URL: 'http://old:1' }, names, extra);
    expect(siteUrl).toBe('https://www.example.gov.cn');
    expect(strapiEnv).toMatchObject({
      SITE_URL: 'https://www.example.gov.cn',
      REBUILD_WEBHOOK_URL: 'http://10.0.0.5:4322/webhook',
      WEBHOOK_SECRET: 'shell-secret-0123456789',
      ADMIN_JWT_SECRET: 'from-shell',
    });
    expect(strapiEnv.UNRELATED).toBeUndefined();
  });

  it('keeps Strapi on CMS_PORT whatever HOST and PORT say', () => {
    const { strapiEnv } = localSystem(
      { PORT: '80', HOST: '0.0.0.0' },
      { ...file, PORT: '1338' },
      names,
      extra,
    );
    expect(strapiEnv.PORT).toBeUndefined();
    expect(strapiEnv.HOST).toBeUndefined();
  });

  it('names the variable of a bad port', () => {
    expect(() => localSystem({ SITE_PORT: 'web' }, file, names, extra)).toThrow(
      /SITE_PORT must be a port number/,
    );
  });
});
