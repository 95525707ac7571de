// The admin's "Open preview": a real Strapi answers with the entry's page on the static site, per
// locale, and allows that origin to be framed by the admin.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningStrapi } from '../operations/strapi/strapi-process.ts';
import { registerFirstAdmin } from '../test-harness/support/admin.ts';
import { type ThrowawayStrapi, throwawayStrapi } from '../test-harness/throwaway-strapi.ts';

const SITE_URL = 'https://invest.example.test';
const CM = '/content-manager/collection-types/api::contact.contact';
const SLUG = 'preview-test-office';

let cms: ThrowawayStrapi;
let strapi: RunningStrapi;
let adminJwt = '';
let documentId = '';

async function admin(
  route: string,
  method = 'GET',
  body?: object,
): Promise<{ status: number; json: unknown }> {
  const response = await fetch(`${strapi.url}${route}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${adminJwt}` },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : null };
}

const previewUrl = async (uid: string, query: string) => {
  const { status, json } = await admin(`/content-manager/preview/url/${uid}?${query}`);
  return { status, url: (json as { data?: { url?: string } } | null)?.data?.url };
};

beforeAll(async () => {
  cms = throwawayStrapi();
  strapi = await cms.start({ SITE_URL: `${SITE_URL}/` });
  adminJwt = await registerFirstAdmin(strapi.url, 'preview@example.com');
  const fields = { slug: SLUG, category: 'overseas_office', order: 1 };
  const created = await admin(`${CM}?locale=zh-Hans`, 'POST', {
    ...fields,
    organization: '山东省驻外办事处',
  });
  expect(created.status, JSON.stringify(created.json)).toBe(201);
  documentId = (created.json as { data: { documentId: string } }).data.documentId;
  const english = await admin(`${CM}/${documentId}?locale=en`, 'PUT', {
    ...fields,
    organization: 'Overseas Office',
  });
  expect(english.status, JSON.stringify(english.json)).toBe(200);
}, 300_000);

afterAll(async () => {
  await strapi?.stop();
  cms?.remove();
});

describe('preview links to the static site', () => {
  it('points a Chinese entry at its unprefixed page', async () => {
    const { status, url } = await previewUrl(
      'api::contact.contact',
      `documentId=${documentId}&locale=zh-Hans&status=draft`,
    );
    expect(status).toBe(200);
    expect(url).toBe(`${SITE_URL}/contacts/${SLUG}/`);
  });

  it('points the English version at its /en page', async () => {
    const { url } = await previewUrl(
      'api::contact.contact',
      `documentId=${documentId}&locale=en&status=draft`,
    );
    expect(url).toBe(`${SITE_URL}/en/contacts/${SLUG}/`);
  });

  it('has no page for suggestions', async () => {
    // The handler answers from the type alone, so any documentId shows it.
    const { status, url } = await previewUrl('api::suggestion.suggestion', 'documentId=any');
    expect(status).toBe(204);
    expect(url).toBeUndefined();
  });

  it('lets the admin frame the site origin', async () => {
    const response = await fetch(`${strapi.url}/admin/init`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(new RegExp(`frame-src[^;]*${SITE_URL.replace(/[.]/g, '\\.')}`));
  });
});
