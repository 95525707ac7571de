// Every public type is saved, edited, published, unpublished, translated and deleted through the
// content manager's own API, with the requests the admin UI sends, on the seeded Strapi. The seed
// writes through the Document Service and never meets the admin's validation: a project could not
// be saved in the admin at all (its `status` attribute collided with Strapi's draft/published
// `status`, issue 9). Entries are built from the model the admin loads, so a new type or required
// field is covered as soon as shared-types lists it (API_TYPES, the public ones).
import { API_TYPES } from '@select-shandong/shared-types';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { sharedAdminJwt } from '../test-harness/support/admin.ts';
import {
  type AdminAnswer,
  type AdminCall,
  adminClient,
  collectionPath,
  describeAnswer,
  entryOf,
  singlePath,
} from '../test-harness/support/content-manager.ts';
import { editableField, type Model, sampleEntry } from '../test-harness/support/sample-entry.ts';

const { url } = inject('seededStrapi');
// A locale no seeded entry has, for the single types' "add a locale" and "delete": the seeded
// Chinese and English versions are only edited and put back.
const EXTRA_LOCALE = { code: 'ja', name: 'Japanese (ja)', isDefault: false };
const tag = `cm${Date.now().toString(36)}`;

let admin: AdminCall;
const models = new Map<string, Model>();
const components = new Map<string, Model>();
let extraLocaleId: number | undefined;

const publicTypes = Object.entries(API_TYPES).filter(([, type]) => type.public);
const collections = publicTypes.filter(([, type]) => type.kind === 'collectionType');
const singles = publicTypes.filter(([, type]) => type.kind === 'singleType');

function modelOf(uid: string): Model {
  const model = models.get(uid);
  if (!model) throw new Error(`the content manager lists no ${uid}`);
  return model;
}

/** Expects `answer` to have `status`, with Strapi's answer in the failure message. */
async function expectStatus(
  answer: Promise<AdminAnswer>,
  status: number,
  step: string,
): Promise<AdminAnswer> {
  const settled = await answer;
  expect(settled.status, `${step}: ${describeAnswer(settled)}`).toBe(status);
  return settled;
}

beforeAll(async () => {
  admin = adminClient(url, await sharedAdminJwt(url));
  const init = await expectStatus(admin('GET', '/content-manager/init'), 200, 'GET /content-manager/init');
  const data = entryOf(init) as { contentTypes: Model[]; components: Model[] };
  for (const model of data.contentTypes) models.set(model.uid, model);
  for (const component of data.components) components.set(component.uid, component);
  const locale = await admin('POST', '/i18n/locales', EXTRA_LOCALE);
  expect(locale.status, describeAnswer(locale)).toBe(200);
  extraLocaleId = (locale.body as { id?: number }).id;
});

afterAll(async () => {
  if (extraLocaleId !== undefined) await admin('DELETE', `/i18n/locales/${extraLocaleId}`);
});

describe.each(collections)('collection type %s through the content manager', (name, { uid }) => {
  it('is created, edited, published, translated, unpublished and deleted', async () => {
    const model = modelOf(uid);
    const path = collectionPath(model.uid);
    const field = editableField(model);
    const zh = sampleEntry(model, components, { locale: 'zh-Hans', tag: `${tag}-${name}` });

    const created = await expectStatus(admin('POST', `${path}?locale=zh-Hans`, zh), 201, 'create');
    const { documentId } = entryOf(created) as { documentId: string };
    const entry = collectionPath(model.uid, documentId);

    const edited = { ...zh, [field]: `${String(zh[field]).slice(0, 40)} 已修改` };
    const saved = await expectStatus(admin('PUT', `${entry}?locale=zh-Hans`, edited), 200, 'edit');
    expect(entryOf(saved)[field]).toBe(edited[field]);

    const published = await expectStatus(
      admin('POST', `${entry}/actions/publish?locale=zh-Hans`, edited),
      200,
      'publish',
    );
    expect(entryOf(published).publishedAt).toBeTruthy();

    const en = sampleEntry(model, components, { locale: 'en', tag: `${tag}-${name}` });
    await expectStatus(admin('PUT', `${entry}?locale=en`, en), 200, 'add the English version');
    await expectStatus(admin('POST', `${entry}/actions/publish?locale=en`, en), 200, 'publish English');
    const english = await expectStatus(admin('GET', `${entry}?locale=en`), 200, 'read English');
    expect(entryOf(english)[field]).toBe(en[field]);
    expect(entryOf(english).slug).toBe(zh.slug);

    await expectStatus(
      admin('POST', `${entry}/actions/unpublish?locale=zh-Hans`, { discardDraft: false }),
      200,
      'unpublish',
    );
    const draft = await expectStatus(admin('GET', `${entry}?locale=zh-Hans`), 200, 'read the draft');
    expect(entryOf(draft).status).toBe('draft');
    expect(entryOf(draft)[field]).toBe(edited[field]);

    await expectStatus(admin('DELETE', `${entry}?locale=en`), 200, 'delete the English version');
    await expectStatus(admin('DELETE', `${entry}?locale=zh-Hans`), 200, 'delete');
    await expectStatus(admin('GET', `${entry}?locale=zh-Hans`), 404, 'read after delete');
  });
});

describe.each(singles)('single type %s through the content manager', (name, { uid }) => {
  it('is edited, published, unpublished, translated and deleted', async () => {
    const model = modelOf(uid);
    const path = singlePath(model.uid);
    const field = editableField(model);
    const original = entryOf(await expectStatus(admin('GET', `${path}?locale=zh-Hans`), 200, 'read'));
    // The draft's `status`: draft, published, or modified (published, with later edits).
    const wasPublished = original.status !== 'draft';

    const edited = { [field]: `${String(original[field]).slice(0, 40)} 已修改` };
    const saved = await expectStatus(admin('PUT', `${path}?locale=zh-Hans`, edited), 200, 'edit');
    expect(entryOf(saved)[field]).toBe(edited[field]);
    await expectStatus(admin('POST', `${path}/actions/publish?locale=zh-Hans`, edited), 200, 'publish');
    const live = await expectStatus(admin('GET', `${path}?locale=zh-Hans`), 200, 'read published');
    expect(entryOf(live).status).toBe('published');
    await expectStatus(
      admin('POST', `${path}/actions/unpublish?locale=zh-Hans`, { discardDraft: false }),
      200,
      'unpublish',
    );
    const draft = await expectStatus(admin('GET', `${path}?locale=zh-Hans`), 200, 'read the draft');
    expect(entryOf(draft).status).toBe('draft');
    // Put the seeded entry back as it was, published again when it was.
    const restore = { [field]: original[field] };
    await expectStatus(admin('PUT', `${path}?locale=zh-Hans`, restore), 200, 'restore');
    if (wasPublished) {
      await expectStatus(admin('POST', `${path}/actions/publish?locale=zh-Hans`, restore), 200, 'republish');
    }

    const extra = sampleEntry(model, components, { locale: EXTRA_LOCALE.code, tag: `${tag}-${name}` });
    const locale = `locale=${EXTRA_LOCALE.code}`;
    await expectStatus(admin('PUT', `${path}?${locale}`, extra), 200, 'add a locale');
    await expectStatus(admin('POST', `${path}/actions/publish?${locale}`, extra), 200, 'publish the locale');
    await expectStatus(
      admin('POST', `${path}/actions/unpublish?${locale}`, { discardDraft: false }),
      200,
      'unpublish the locale',
    );
    await expectStatus(admin('DELETE', `${path}?${locale}`), 200, 'delete the locale');
    // A single type answers 200 with an empty entry for a locale it does not have.
    const gone = await expectStatus(admin('GET', `${path}?${locale}`), 200, 'read the deleted locale');
    expect(entryOf(gone).documentId).toBeUndefined();

    const after = entryOf(await expectStatus(admin('GET', `${path}?locale=zh-Hans`), 200, 'read again'));
    expect(after[field]).toBe(original[field]);
    expect(after.status).toBe(original.status === 'modified' ? 'published' : original.status);
  });
});
