import { describe, expect, it } from 'vitest';
import { hasChinese, SLUG_PATTERN, suggestSlug } from './suggest-slug';

describe('suggestSlug: an ASCII slug from a Chinese (or mixed) title', () => {
  it.each([
    ['济南', 'ji-nan'],
    ['济南高新技术产业开发区', 'ji-nan-gao-xin-ji-shu-chan-ye-kai-fa-qu'],
    ['重庆银行', 'chong-qing-yin-hang'],
    ['青岛港2025年集装箱吞吐量创新高', 'qing-dao-gang-2025-nian-ji-zhuang-xiang-tun-tu-liang-chuang-xin-gao'],
    ['烟台·德国精密零部件项目', 'yan-tai-de-guo-jing-mi-ling-bu-jian-xiang-mu'],
    ['Jinan 高新区 AI 产业园', 'jinan-gao-xin-qu-ai-chan-ye-yuan'],
    ['吕梁：绿色发展', 'lv-liang-lv-se-fa-zhan'],
    ['Café Zürich', 'cafe-zurich'],
  ])('%s → %s', (title, slug) => {
    expect(suggestSlug(title)).toBe(slug);
    expect(slug).toMatch(SLUG_PATTERN);
  });

  it('cuts a long title at a hyphen, leaving room for a suffix', () => {
    const slug = suggestSlug(
      '山东省人民政府关于进一步优化营商环境降低企业制度性交易成本的实施意见和配套措施的通知',
    );
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toMatch(SLUG_PATTERN);
    expect(slug.startsWith('shan-dong-sheng-ren-min-zheng-fu')).toBe(true);
  });

  it('gives nothing for a title with nothing to spell', () => {
    expect(suggestSlug('·！？')).toBe('');
  });

  it('tells Chinese titles from others', () => {
    expect(hasChinese('济南 Jinan')).toBe(true);
    expect(hasChinese('Jinan')).toBe(false);
  });
});
