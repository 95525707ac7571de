// Uploads in an S3-compatible bucket, end to end: a seeded Strapi of its own with UPLOAD_PROVIDER=s3
// pointed at a real S3 server on 127.0.0.1 (s3rver, scripts/test-harness/s3-server.ts) behind a
// CDN origin. An editor uploads through the admin's upload API; the objects land in the bucket,
// the media URLs are the CDN's, the admin's CSP lets the media library show them, deleting removes
// them; a cover attached to a published article reaches the built article page.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FEED_COLUMNS } from '@select-shandong/site/seo/feeds';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../operations/site-build/build-site.ts';
import { referencedUrls, scanTags } from '../operations/site-checks/html-scan.ts';
import type { RunningStrapi } from '../operations/strapi/strapi-process.ts';
import { startS3Server, type TestS3Server } from '../test-harness/s3-server.ts';
import { TEST_SITE_URL } from '../test-harness/setup/provided-context.ts';
import { registerFirstAdmin } from '../test-harness/support/admin.ts';
import {
  type AdminCall,
  adminClient,
  collectionPath,
  describeAnswer,
  entryOf,
} from '../test-harness/support/content-manager.ts';
import { generatedPng, type UploadedFile, uploadMedia } from '../test-harness/support/media-upload.ts';
import { type ThrowawayStrapi, throwawayStrapi } from '../test-harness/throwaway-strapi.ts';

const SLUG = 'upload-s3-cover';
const ALT = '济南泉城广场（S3 测试封面）';
const ARTICLE = 'api::article.article';

let s3: TestS3Server | undefined;
let instance: ThrowawayStrapi | undefined;
let strapi: RunningStrapi | undefined;
let jwt = '';
let admin: AdminCall;
let outDir = '';

/** POST /upload as the media library sends it (multipart, one file, its alternative text). */
function upload(
  data: Buffer,
  fileName: string,
  mime: string,
  alternativeText: string,
): Promise<UploadedFile> {
  return uploadMedia(strapi?.url ?? '', jwt, { data, fileName, mime, alternativeText });
}

/** sha256 of some bytes, or "missing": compared as strings, so a mismatch does not diff megabytes. */
function digest(bytes: Buffer | undefined): string {
  return bytes ? createHash('sha256').update(bytes).digest('hex') : 'missing';
}

/** The bucket key of a media URL on the CDN (the URL minus `<cdnUrl>/`). */
function keyOf(url: string): string {
  const prefix = `${s3?.cdnUrl}/`;
  if (!url.startsWith(prefix)) throw new Error(`media URL ${url} is not on the CDN ${prefix}`);
  return url.slice(prefix.length);
}

beforeAll(async () => {
  s3 = await startS3Server();
  instance = throwawayStrapi({ SITE_URL: TEST_SITE_URL, ...s3.strapiEnv, S3_ROOT_PATH: 'uploads' });
  strapi = await instance.start({ SEED_DEMO_CONTENT: 'true' });
  jwt = await registerFirstAdmin(strapi.url, 's3-editor@example.com');
  admin = adminClient(strapi.url, jwt);
}, 900_000);

afterAll(async () => {
  await strapi?.stop();
  instance?.remove();
  await s3?.stop();
  if (outDir) fs.rmSync(outDir, { recursive: true, force: true });
});

describe('uploads in an S3-compatible bucket', () => {
  let cover: UploadedFile;
  let png: Buffer;

  it('an image uploaded through the admin lands in the bucket, with its formats, under CDN URLs', async () => {
    png = await generatedPng(1200, 800, '#1d4ed8');
    cover = await upload(png, 'quancheng-square.png', 'image/png', ALT);
    expect(cover.url).toMatch(new RegExp(`^${s3?.cdnUrl}/uploads/[\\w-]+\\.png$`));
    // Readers (and the site build) fetch it anonymously from the CDN: the very object in the bucket.
    const served = await fetch(cover.url);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    const stored = await s3?.getObject(keyOf(cover.url));
    expect(digest(stored)).toBe(digest(Buffer.from(await served.arrayBuffer())));
    // Strapi re-encodes the original (size optimisation), keeping its size and kind.
    expect(stored?.subarray(0, 8)).toEqual(png.subarray(0, 8));
    expect([cover.width, cover.height]).toEqual([1200, 800]);
    // Its thumbnail and responsive sizes go to the bucket too (1200 px wide: small, medium, large).
    const formats = Object.entries(cover.formats ?? {});
    expect(formats.map(([name]) => name).sort()).toEqual(['large', 'medium', 'small', 'thumbnail']);
    for (const [name, format] of formats) {
      expect((await s3?.getObject(keyOf(format.url)))?.subarray(0, 8), name).toEqual(png.subarray(0, 8));
    }
  });

  it("the admin's CSP allows the CDN origin for images and media, so the media library shows them", async () => {
    const response = await fetch(`${strapi?.url}/_health`);
    const directives = new Map(
      (response.headers.get('content-security-policy') ?? '').split(';').map((directive) => {
        const [name = '', ...sources] = directive.trim().split(/\s+/);
        return [name, sources] as const;
      }),
    );
    expect(directives.get('img-src')).toEqual([
      "'self'",
      'data:',
      'blob:',
      'https://market-assets.strapi.io',
      s3?.cdnUrl,
    ]);
    expect(directives.get('media-src')).toEqual(["'self'", 'data:', 'blob:', s3?.cdnUrl]);
  });

  it('a file larger than one part goes up in parts, and deleting it in the admin removes it from the bucket', async () => {
    // 6 MB: @aws-sdk/lib-storage switches from PutObject to a multipart upload above 5 MB.
    const pdf = Buffer.concat([
      Buffer.from('%PDF-1.4\n'),
      Buffer.alloc(6 * 1024 * 1024, 0x20),
      Buffer.from('\n%%EOF\n'),
    ]);
    const file = await upload(pdf, 'investment-guide.pdf', 'application/pdf', '投资指南');
    const key = keyOf(file.url);
    expect(digest(await s3?.getObject(key))).toBe(digest(pdf));
    const deleted = await admin('DELETE', `/upload/files/${file.id}`);
    expect(deleted.status, describeAnswer(deleted)).toBe(200);
    expect(digest(await s3?.getObject(key))).toBe('missing');
    expect(await s3?.listKeys()).not.toContain(key);
  });

  it('deleting an image removes the original and every format', async () => {
    const image = await upload(
      await generatedPng(600, 400, '#b91c1c'),
      'to-delete.png',
      'image/png',
      '待删除',
    );
    const keys = [image.url, ...Object.values(image.formats ?? {}).map((format) => format.url)].map(keyOf);
    expect(keys.length).toBeGreaterThan(1);
    const deleted = await admin('DELETE', `/upload/files/${image.id}`);
    expect(deleted.status, describeAnswer(deleted)).toBe(200);
    const left = await s3?.listKeys();
    expect(keys.filter((key) => left?.includes(key))).toEqual([]);
  });

  describe('as the cover of a published article, built into the site', () => {
    let articleHtml = '';

    beforeAll(async () => {
      const published = await admin('POST', `${collectionPath(ARTICLE)}/actions/publish?locale=zh-Hans`, {
        title: 'S3 封面测试文章',
        slug: SLUG,
        summary: '封面存放在 S3 兼容存储中。',
        body: '正文。',
        column: FEED_COLUMNS[0],
        releasedAt: new Date(Date.now() - 60_000).toISOString(),
        source: '测试',
        editor: '测试编辑',
        cover: cover.id,
      });
      expect(published.status, describeAnswer(published)).toBeLessThan(300);
      expect(entryOf(published).documentId).toBeTruthy();
      outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'upload-s3-site-'));
      await buildSite({
        strapiUrl: strapi?.url ?? '',
        token: strapi?.token ?? '',
        outDir,
        siteUrl: TEST_SITE_URL,
        // What docs/operations.md tells operators to set for media in a bucket.
        env: { SITE_MEDIA_ORIGINS: s3?.cdnUrl ?? '' },
        onLog: () => undefined,
      });
      articleHtml = fs.readFileSync(path.join(outDir, 'articles', SLUG, 'index.html'), 'utf8');
    }, 900_000);

    /** The article's cover: the <img> with the cover's alternative text. */
    const coverImage = () =>
      scanTags(articleHtml).find((tag) => tag.name === 'img' && tag.attributes.alt === ALT);

    it('the article page shows the uploaded cover with its alternative text', () => {
      expect(coverImage(), 'no <img> with the cover alt on the article page').toBeDefined();
    });

    // The build fetches the cover from the CDN into its own responsive copies (the image pipeline),
    // so the static site keeps working when the bucket is private to the build or the CDN is down.
    it("the cover is served from the site's own origin, not from the bucket or its CDN", () => {
      const image = coverImage();
      expect(image).toBeDefined();
      const urls = referencedUrls([image ?? { name: 'img', attributes: {} }]).map(({ url }) => url);
      expect(urls.length).toBeGreaterThan(0);
      for (const url of urls) {
        const resolved = new URL(url, `${TEST_SITE_URL}/articles/${SLUG}/`);
        expect(resolved.origin, url).toBe(TEST_SITE_URL);
        expect(fs.existsSync(path.join(outDir, decodeURIComponent(resolved.pathname))), url).toBe(true);
      }
    });
  });
});
