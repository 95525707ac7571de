import { describe, expect, it } from 'vitest';
import { cmsUploadUrl, resolveMediaUrl } from './media-url.ts';

const CMS = 'http://127.0.0.1:1337';
const CDN = 'https://cdn.example.org';

describe('resolveMediaUrl', () => {
  it('resolves a local upload against the CMS and keeps S3/CDN URLs', () => {
    expect(resolveMediaUrl('/uploads/a_1.png', CMS)).toBe('http://127.0.0.1:1337/uploads/a_1.png');
    expect(resolveMediaUrl('/uploads/a_1.png', 'https://cms.example.org/base/')).toBe(
      'https://cms.example.org/uploads/a_1.png',
    );
    expect(resolveMediaUrl(`${CDN}/covers/b.jpg`, CMS)).toBe(`${CDN}/covers/b.jpg`);
  });
});

describe('cmsUploadUrl', () => {
  const upload = (url: string) => cmsUploadUrl(url, CMS, [CMS, CDN]);

  it('recognizes relative and absolute uploads on the CMS and anything on S3/CDN', () => {
    expect(upload('/uploads/r_2.pdf')).toBe(`${CMS}/uploads/r_2.pdf`);
    expect(upload(`${CMS}/uploads/r_2.pdf`)).toBe(`${CMS}/uploads/r_2.pdf`);
    expect(upload(`${CDN}/x/y.png?v=1`)).toBe(`${CDN}/x/y.png?v=1`);
  });

  it('leaves the site, other hosts, the CMS outside /uploads/ and other schemes alone', () => {
    expect(upload('/articles/a/')).toBeNull();
    expect(upload('uploads/a.png')).toBeNull();
    expect(upload(`${CMS}/admin`)).toBeNull();
    expect(upload('https://example.com/uploads/a.png')).toBeNull();
    expect(upload('//cdn.example.org/a.png')).toBeNull();
    expect(upload('mailto:a@example.org')).toBeNull();
  });
});
