import { describe, expect, it } from 'vitest';
import { altText } from './alt-text.ts';

const media = { alternativeText: '济南市在山东省的位置', caption: 'Where Jinan lies in Shandong' };

describe('altText', () => {
  it('gives Chinese pages the 替代文字 and English pages the caption', () => {
    expect(altText(media, 'zh-Hans')).toBe('济南市在山东省的位置');
    expect(altText(media, 'en')).toBe('Where Jinan lies in Shandong');
  });

  it('falls back to the 替代文字 on English pages when the caption is empty', () => {
    for (const caption of [null, '', '   ']) {
      expect(altText({ ...media, caption }, 'en')).toBe('济南市在山东省的位置');
    }
  });

  it('is empty when the file has no alternative text at all', () => {
    expect(altText({ alternativeText: null, caption: null }, 'zh-Hans')).toBe('');
  });
});
