import { describe, expect, it } from 'vitest';
import { type BodyPicture, bodyUploads, rewriteBodyUploads } from './body-media.ts';
import { cmsUploadUrl } from './media-url.ts';

const CMS = 'http://127.0.0.1:1337';
const resolve = (url: string) => cmsUploadUrl(url, CMS, [CMS]);
const BODY = [
  '<p>正文 &amp; 图片：</p>',
  '<p><img src="/uploads/a_1.png" alt="甲 &quot;图&quot;" title="标题" /></p>',
  `<p><a href="${CMS}/uploads/r_2.pdf">原文</a> <a href="/articles/x/">站内</a> <img src="/logo.svg" alt="" /></p>`,
].join('\n');
const PICTURE: BodyPicture = {
  sources: [{ type: 'image/avif', srcset: '/_astro/a.avif 320w, /_astro/b.avif 640w' }],
  img: { src: '/_astro/a.png', srcset: '/_astro/a.png 320w', sizes: '100vw', width: '640', height: '480' },
};

describe('bodyUploads', () => {
  it('lists the images and links that are CMS uploads, as absolute URLs', () => {
    expect(bodyUploads(BODY, resolve)).toEqual({
      images: [`${CMS}/uploads/a_1.png`],
      files: [`${CMS}/uploads/r_2.pdf`],
    });
  });
});

describe('rewriteBodyUploads', () => {
  it('replaces an upload image by a picture keeping alt and title, and an upload link by the copy', () => {
    const html = rewriteBodyUploads(
      BODY,
      resolve,
      new Map([[`${CMS}/uploads/a_1.png`, PICTURE]]),
      new Map([[`${CMS}/uploads/r_2.pdf`, '/media/0a1b2c3d/r_2.pdf']]),
    );
    expect(html).toBe(
      [
        '<p>正文 &amp; 图片：</p>',
        '<p><picture><source type="image/avif" srcset="/_astro/a.avif 320w, /_astro/b.avif 640w" sizes="100vw" />' +
          '<img src="/_astro/a.png" srcset="/_astro/a.png 320w" sizes="100vw" width="640" height="480" ' +
          'alt="甲 &quot;图&quot;" title="标题" loading="lazy" decoding="async" /></picture></p>',
        '<p><a href="/media/0a1b2c3d/r_2.pdf">原文</a> <a href="/articles/x/">站内</a> <img src="/logo.svg" alt="" /></p>',
      ].join('\n'),
    );
  });

  it('returns a body without uploads unchanged, byte for byte', () => {
    const body = '<p>a&amp;b <a href="/x?a=1&amp;b=2">x</a><br /></p>';
    expect(rewriteBodyUploads(body, resolve, new Map(), new Map())).toBe(body);
  });
});
