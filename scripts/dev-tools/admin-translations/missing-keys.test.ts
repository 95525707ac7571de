import { codeOnlyTranslations } from '@select-shandong/cms/admin/translations/code-only';
import { enumTranslationKeys } from '@select-shandong/cms/admin/translations/enum-translations';
import { PORTAL_STRINGS } from '@select-shandong/cms/admin/translations/portal-strings';
import { zhHansTranslations } from '@select-shandong/cms/admin/translations/zh-hans';
import { describe, expect, it } from 'vitest';
import { CMS_DIR } from '../../common/paths.ts';
import { missingKeys, unknownKeys } from './missing-keys.ts';
import { loadStrapiMessages, prefixKeys } from './strapi-messages.ts';

// A small admin: Strapi translated `save`, we translated `publish`, nobody `delete`.
const english = { 'global.save': 'Save', 'global.publish': 'Publish', 'global.delete': 'Delete' };
const strapiChinese = { 'global.save': '保存', 'global.legacy': '旧键' };
const ours = { 'global.publish': '发布', 'global.typo': '错' };

describe('missing admin translations (fixture)', () => {
  it('lists the English strings neither Strapi nor we translated, with their English', () => {
    expect(missingKeys(english, strapiChinese, ours)).toEqual([{ key: 'global.delete', english: 'Delete' }]);
  });

  it('lists our keys that English does not know, except the allowed ones', () => {
    expect(unknownKeys(english, ours, new Set())).toEqual(['global.typo']);
    expect(unknownKeys(english, ours, new Set(['global.typo']))).toEqual([]);
  });

  it('prefixes a plugin table with its id, and leaves the admin table as it is', () => {
    expect(prefixKeys({ 'popUpWarning.title': 'x' }, 'content-manager')).toEqual({
      'content-manager.popUpWarning.title': 'x',
    });
    expect(prefixKeys({ 'global.save': 'Save' }, null)).toEqual({ 'global.save': 'Save' });
  });
});

describe("our translations against Strapi's own (the installed 5.54)", () => {
  it('loads the admin and the plugin tables, plugin keys prefixed', async () => {
    const messages = await loadStrapiMessages(CMS_DIR, 'en');
    expect(messages['global.save']).toBe('Save');
    expect(messages['content-manager.actions.delete.dialog.body']).toMatch(/Are you sure/);
    expect(messages['upload.asset-details.alternativeText']).toBe('Alternative text');
  });

  it('translates every content-manager, media library and i18n string an editor meets', async () => {
    const [en, zh] = await Promise.all([
      loadStrapiMessages(CMS_DIR, 'en'),
      loadStrapiMessages(CMS_DIR, 'zh-Hans'),
    ]);
    const untranslated = missingKeys(en, zh, zhHansTranslations)
      .map(({ key }) => key)
      .filter((key) => /^(content-manager|upload|i18n|HomePage|widget|global)\./.test(key));
    // global.fullname is a name pattern, not English words.
    expect(untranslated).toEqual(['global.fullname']);
  });

  it('has no key Strapi does not use, and no enumeration value that replaces a Strapi string', async () => {
    const en = await loadStrapiMessages(CMS_DIR, 'en');
    const enumKeys = enumTranslationKeys();
    const allowed = new Set([
      ...enumKeys,
      ...Object.keys(codeOnlyTranslations),
      ...Object.keys(PORTAL_STRINGS),
    ]);
    expect(unknownKeys(en, zhHansTranslations, allowed)).toEqual([]);
    expect([...enumKeys, ...Object.keys(PORTAL_STRINGS)].filter((key) => key in en)).toEqual([]);
  });
});
