import { describe, expect, it } from 'vitest';
import { enumLabel, enumTranslations, type LabelTable, translationsFromTable } from './enum-translations';

describe('enumeration names for the admin', () => {
  it('names every option of the article column and the project status in Chinese', () => {
    const zh = enumTranslations('zh-Hans');
    expect(zh.news_brief).toBe('资讯要情');
    expect(zh.sole_proprietorship).toBe('独资');
    expect(zh.seeking).toBe('招商中');
    expect(enumTranslations('en').seeking).toBe('Seeking partners');
  });

  it('looks a name up by uid, attribute and value, in the admin language', () => {
    expect(enumLabel('api::park.park', 'level', 'national', 'zh-Hans')).toBe('国家级');
    expect(enumLabel('api::park.park', 'level', 'national', 'en')).toBe('National');
    expect(enumLabel('api::park.park', 'level', 'unknown', 'zh-Hans')).toBeNull();
  });

  it('refuses two enumerations that need different names for one value, naming both', () => {
    const table: LabelTable = {
      'api::a.a': { kind: { other: { 'zh-Hans': '其他', en: 'Other' } } },
      'api::b.b': { mode: { other: { 'zh-Hans': '其它方式', en: 'Other' } } },
    };
    expect(() => translationsFromTable(table, 'zh-Hans')).toThrow(
      /"other" needs two zh-Hans names.*"其他" \(api::a\.a kind\).*"其它方式" \(api::b\.b mode\)/,
    );
    expect(translationsFromTable(table, 'en')).toEqual({ other: 'Other' });
  });
});
