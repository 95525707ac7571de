// Pictures from the admin to the static site: an editor uploads images through the admin's upload
// API (default local provider, so Strapi stores relative `/uploads/…` URLs), uses one as an
// article's cover and one in its body, publishes, and the site built from it serves both from its
// own origin as responsive images. A rebuild with the same image cache processes none again; a
// cover whose file is gone fails the build naming the article, its locale and the field.
// Attachments (a PDF and a .docx) on an article and a project are listed with name, format and size
// and copied into the build byte for byte; one whose file is gone fails the build naming the field.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { DomUtils, parseDocument } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../operations/site-build/build-site.ts';
import { TEST_SITE_URL } from '../test-harness/setup/provided-context.ts';
import { formatHtmlProblems, validateSite } from '../test-harness/site-checks/html-validation.ts';
import { registerFirstAdmin } from '../test-harness/support/admin.ts';
import {
  adminClient,
  collectionPath,
  describeAnswer,
  entryOf,
} from '../test-harness/support/content-manager.ts';
import { generatedPng, type UploadedFile, uploadMedia } from '../test-harness/support/media-upload.ts';
import { DOCX_MIME, generatedDocx } from '../test-harness/support/office-file.ts';
import { type ThrowawayStrapi, throwawayStrapi } from '../test-harness/throwaway-strapi.ts';

const ARTICLE = 'api::article.article';
const PROJECT = 'api::project.project';
const PROJECT_SLUG = 'site-images-project-int';
const BROKEN_ATTACHMENT_SLUG = 'site-images-broken-attachment-int';
const SLUG = 'site-images-int';
const BROKEN_SLUG = 'site-images-broken-int';
const COVER_ALT = '济南泉城广场（测试封面）';
const BODY_ALT = '正文插图（测试）';

interface BuildResult {
  outDir: string;
  report: { images: { processed: number; processingMs: number } };
}

let instance: ThrowawayStrapi | undefined;
let stopStrapi: (() => Promise<void>) | undefined;
let strapiUrl = '';
let token = '';
let jwt = '';
let cover: UploadedFile;
let bodyImage: UploadedFile;
let pdf: UploadedFile;
let attachedPdf: UploadedFile;
let attachedDocx: UploadedFile;
/** A .docx, written here. */
const DOCX_BYTES = generatedDocx('山东省招商项目申报表（测试）');
/** A one-page PDF, written here. */
const PDF_BYTES = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'site-images-'));
const imageCacheDir = path.join(work, 'image-cache');
const figures: string[] = [];

/** Builds the site into a fresh output and scratch folder, sharing only the image cache. */
async function build(name: string): Promise<BuildResult> {
  const outDir = path.join(work, `${name}-out`);
  const reportFile = path.join(work, `${name}-report.json`);
  const started = performance.now();
  await buildSite({
    strapiUrl,
    token,
    outDir,
    siteUrl: TEST_SITE_URL,
    scratchDir: path.join(work, `${name}-scratch`),
    imageCacheDir,
    env: { SITE_BUILD_REPORT: reportFile, PAGEFIND_INDEX: 'false' },
    onLog: () => undefined,
  });
  const report = JSON.parse(fs.readFileSync(reportFile, 'utf8')) as BuildResult['report'];
  figures.push(
    `${name}: build ${Math.round(performance.now() - started)} ms, ${report.images.processed} images processed in ${report.images.processingMs} ms`,
  );
  return { outDir, report };
}

type Element = ReturnType<typeof DomUtils.getElementsByTagName>[number];
type Nodes = Parameters<typeof DomUtils.getElementsByTagName>[1];

function elements(nodes: Nodes, name: string): Element[] {
  return DomUtils.getElementsByTagName(name, nodes, true);
}

/** The `<picture>` elements of a built page that hold an image with `alt`. */
function picturesWithAlt(outDir: string, pagePath: string, alt: string): Element[] {
  const html = fs.readFileSync(path.join(outDir, pagePath, 'index.html'), 'utf8');
  return elements(parseDocument(html).children, 'picture').filter((picture) =>
    elements(picture.children, 'img').some((img) => img.attribs.alt === alt),
  );
}

async function publishArticle(
  slug: string,
  coverId: number,
  body: string,
  attachments: number[] = [],
): Promise<string> {
  const admin = adminClient(strapiUrl, jwt);
  const created = await admin('POST', `${collectionPath(ARTICLE)}/actions/publish?locale=zh-Hans`, {
    title: `图片测试 ${slug}`,
    slug,
    summary: '封面与正文图片经过站点的图片流程。',
    body,
    column: 'news_brief',
    releasedAt: new Date(Date.now() - 60_000).toISOString(),
    source: '测试',
    editor: '测试编辑',
    cover: coverId,
    attachments,
  });
  expect(created.status, describeAnswer(created)).toBeLessThan(300);
  return String(entryOf(created).documentId);
}

async function publishProject(slug: string, attachments: number[]): Promise<string> {
  const admin = adminClient(strapiUrl, jwt);
  const created = await admin('POST', `${collectionPath(PROJECT)}/actions/publish?locale=zh-Hans`, {
    name: `附件测试项目 ${slug}`,
    slug,
    totalInvestment: 3.5,
    cooperationMode: 'joint_venture',
    stage: 'seeking',
    summary: '项目资料以附件提供。',
    attachments,
  });
  expect(created.status, describeAnswer(created)).toBeLessThan(300);
  return String(entryOf(created).documentId);
}

/** The attachment list of a built page: each item's link text, href, download name and details. */
function attachmentItems(outDir: string, pagePath: string) {
  const html = fs.readFileSync(path.join(outDir, pagePath, 'index.html'), 'utf8');
  const sections = elements(parseDocument(html).children, 'section').filter((section) =>
    section.attribs.class?.split(' ').includes('attachments'),
  );
  expect(sections).toHaveLength(1);
  const [section] = sections;
  const heading = elements(section?.children ?? [], 'h2')[0];
  expect(section?.attribs['aria-labelledby']).toBe(heading?.attribs.id);
  return {
    heading: heading ? DomUtils.textContent(heading) : '',
    items: elements(section?.children ?? [], 'li').map((li) => {
      const [link] = elements(li.children, 'a');
      const [details] = elements(li.children, 'span');
      return {
        text: link ? DomUtils.textContent(link) : '',
        href: link?.attribs.href ?? '',
        download: link?.attribs.download,
        details: details ? DomUtils.textContent(details) : '',
      };
    }),
  };
}

beforeAll(async () => {
  instance = throwawayStrapi({ SITE_URL: TEST_SITE_URL });
  const running = await instance.start({ SEED_DEMO_CONTENT: 'true' });
  stopStrapi = running.stop;
  strapiUrl = running.url;
  token = running.token;
  jwt = await registerFirstAdmin(strapiUrl, 'images@example.com');
  cover = await uploadMedia(strapiUrl, jwt, {
    data: await generatedPng(1600, 900, '#9f1239'),
    fileName: 'site-images-cover.png',
    mime: 'image/png',
    alternativeText: COVER_ALT,
  });
  bodyImage = await uploadMedia(strapiUrl, jwt, {
    data: await generatedPng(800, 600, '#1e3a8a'),
    fileName: 'site-images-body.png',
    mime: 'image/png',
    alternativeText: BODY_ALT,
  });
  pdf = await uploadMedia(strapiUrl, jwt, {
    data: PDF_BYTES,
    fileName: 'site-images-report.pdf',
    mime: 'application/pdf',
    alternativeText: '',
  });
  attachedPdf = await uploadMedia(strapiUrl, jwt, {
    data: PDF_BYTES,
    fileName: '招商政策汇编.pdf',
    mime: 'application/pdf',
    alternativeText: '',
  });
  attachedDocx = await uploadMedia(strapiUrl, jwt, {
    data: DOCX_BYTES,
    fileName: '项目申报表.docx',
    mime: DOCX_MIME,
    alternativeText: '',
  });
  await publishProject(PROJECT_SLUG, [attachedPdf.id, attachedDocx.id]);
  // As the admin's media button writes them: the image relative, the file link absolute on the CMS.
  await publishArticle(
    SLUG,
    cover.id,
    `正文第一段。\n\n![${BODY_ALT}](${bodyImage.url})\n\n[政策原文（PDF）](${strapiUrl}${pdf.url})\n`,
    [attachedPdf.id, attachedDocx.id],
  );
}, 600_000);

afterAll(async () => {
  await stopStrapi?.();
  instance?.remove();
  fs.rmSync(work, { recursive: true, force: true });
  console.log(`[site-images]\n  ${figures.join('\n  ')}`);
});

describe('pictures uploaded in the admin, built into the site', () => {
  let first: BuildResult;

  it('stores local uploads with relative URLs (what the site has to resolve)', () => {
    expect(cover.url).toMatch(/^\/uploads\/site_images_cover_\w+\.png$/);
    expect([cover.width, cover.height]).toEqual([1600, 900]);
  });

  it('shows the cover as a responsive picture served from the site itself', async () => {
    first = await build('cold');
    const [picture, ...others] = picturesWithAlt(first.outDir, `articles/${SLUG}`, COVER_ALT);
    expect(others).toEqual([]);
    if (!picture) throw new Error('no <picture> with the cover alt on the article page');
    const sources = elements(picture.children, 'source');
    expect(sources.map((source) => source.attribs.type)).toEqual(['image/avif', 'image/webp']);
    const [img] = elements(picture.children, 'img');
    if (!img) throw new Error('no <img> in the cover picture');
    expect(img.attribs.width).toBe('1536');
    expect(img.attribs.height).toBe('864');
    expect(img.attribs.sizes).toBeTruthy();
    for (const source of sources) {
      const candidates = (source.attribs.srcset ?? '').split(', ');
      expect(candidates.length).toBeGreaterThan(3);
      for (const candidate of candidates) {
        const [url = '', width = ''] = candidate.split(' ');
        expect(width).toMatch(/^\d+w$/);
        expect(url, 'served from the site, not the CMS').toMatch(/^\/_astro\//);
        expect(fs.existsSync(path.join(first.outDir, decodeURIComponent(url))), url).toBe(true);
      }
    }
    expect(img.attribs.src).toMatch(/^\/_astro\/.+\.png$/);
    expect(first.report.images.processed).toBeGreaterThan(0);
  });

  it('rewrites the body image to a responsive picture and the PDF link to a copy in the build', () => {
    const [picture] = picturesWithAlt(first.outDir, `articles/${SLUG}`, BODY_ALT);
    if (!picture) throw new Error('no <picture> with the body image alt on the article page');
    expect(elements(picture.children, 'source').map((source) => source.attribs.type)).toEqual([
      'image/avif',
      'image/webp',
    ]);
    const [img] = elements(picture.children, 'img');
    expect([img?.attribs.width, img?.attribs.height, img?.attribs.loading]).toEqual(['800', '600', 'lazy']);
    expect(img?.attribs.srcset?.split(', ').length).toBe(4);
    const html = fs.readFileSync(path.join(first.outDir, 'articles', SLUG, 'index.html'), 'utf8');
    // The body's links only: the attachment list below it links a PDF too.
    const body = DomUtils.findAll(
      (element) => element.attribs.class?.split(' ').includes('markdown') ?? false,
      parseDocument(html).children,
    );
    const links = elements(body, 'a').filter((a) => a.attribs.href?.endsWith('.pdf'));
    expect(links.map((a) => a.attribs.href)).toEqual([
      expect.stringMatching(/^\/media\/[0-9a-f]{8}\/site_images_report_\w+\.pdf$/),
    ]);
    const copy = path.join(first.outDir, decodeURIComponent(links[0]?.attribs.href ?? 'missing'));
    expect(fs.readFileSync(copy).equals(PDF_BYTES)).toBe(true);
  });

  it('lists the attachments of the article and the project with name, format and size, copied byte for byte', () => {
    const docxKb = Math.max(1, Math.round(DOCX_BYTES.length / 1000));
    for (const pagePath of [`articles/${SLUG}`, `projects/${PROJECT_SLUG}`]) {
      const list = attachmentItems(first.outDir, pagePath);
      expect(list.heading, pagePath).toBe('附件');
      expect(
        list.items.map(({ text, download, details }) => ({ text, download, details })),
        pagePath,
      ).toEqual([
        { text: '招商政策汇编.pdf', download: '招商政策汇编.pdf', details: '（PDF，1 KB）' },
        { text: '项目申报表.docx', download: '项目申报表.docx', details: `（Word 文档，${docxKb} KB）` },
      ]);
      const [pdfItem, docxItem] = list.items;
      for (const [item, bytes] of [
        [pdfItem, PDF_BYTES],
        [docxItem, DOCX_BYTES],
      ] as const) {
        expect(item?.href, 'linked to the build, not the CMS').toMatch(/^\/media\/[0-9a-f]{8}\/[^/]+$/);
        const copy = path.join(first.outDir, decodeURIComponent(item?.href ?? 'missing'));
        expect(fs.readFileSync(copy).equals(bytes), copy).toBe(true);
      }
    }
  });

  it('gives the article its cover as og:image with its size, and other pages their section image', () => {
    const meta = (pagePath: string) => {
      const html = fs.readFileSync(path.join(first.outDir, pagePath, 'index.html'), 'utf8');
      const tags = elements(parseDocument(html).children, 'meta');
      const value = (key: string) =>
        tags.find((tag) => tag.attribs.property === key || tag.attribs.name === key)?.attribs.content;
      return ['og:image', 'og:image:width', 'og:image:height', 'twitter:card'].map(value);
    };
    const [articleImage, ...articleRest] = meta(`articles/${SLUG}`);
    expect(articleImage).toMatch(new RegExp(`^${TEST_SITE_URL}/_astro/.+\\.jpg$`));
    expect(articleRest).toEqual(['1200', '675', 'summary_large_image']);
    const shared = new URL(articleImage ?? '').pathname;
    expect(fs.existsSync(path.join(first.outDir, shared)), shared).toBe(true);
    expect(meta('')).toEqual([`${TEST_SITE_URL}/share/home.png`, '1200', '630', 'summary_large_image']);
    expect(meta('cities')[0]).toBe(`${TEST_SITE_URL}/share/cities.png`);
    expect(fs.existsSync(path.join(first.outDir, 'share', 'cities.png'))).toBe(true);
  });

  it('keeps the article page within 30 KB of HTML and CSS compressed, with a phone-sized picture', () => {
    const html = fs.readFileSync(path.join(first.outDir, 'articles', SLUG, 'index.html'), 'utf8');
    const stylesheets = elements(parseDocument(html).children, 'link')
      .filter((link) => link.attribs.rel === 'stylesheet')
      .map((link) => fs.readFileSync(path.join(first.outDir, link.attribs.href ?? 'missing')));
    expect(stylesheets.length).toBeGreaterThan(0);
    const compressed = [Buffer.from(html), ...stylesheets].reduce(
      (sum, file) => sum + gzipSync(file).length,
      0,
    );
    figures.push(`article page: ${compressed} bytes of HTML+CSS gzipped (${stylesheets.length} stylesheets)`);
    expect(compressed).toBeLessThanOrEqual(30 * 1024);
    // A 390 px phone at 2x needs 780 px: the srcset offers a width between that and 1.5x it.
    const [picture] = picturesWithAlt(first.outDir, `articles/${SLUG}`, COVER_ALT);
    const widths = (elements(picture?.children ?? [], 'source')[0]?.attribs.srcset ?? '')
      .split(', ')
      .map((candidate) => Number.parseInt(candidate.split(' ')[1] ?? '', 10));
    expect(
      widths.some((width) => width >= 780 && width <= 1170),
      widths.join(','),
    ).toBe(true);
  });

  it('passes html-validate on every page, pictures in article, list, home and body included', async () => {
    const result = await validateSite(first.outDir);
    expect(result.pagesChecked).toBeGreaterThan(100);
    expect(formatHtmlProblems(result.problems), 'html-validate problems').toBe('');
  });

  it('makes the article page load nothing from the CMS', () => {
    const html = fs.readFileSync(path.join(first.outDir, 'articles', SLUG, 'index.html'), 'utf8');
    const cms = new URL(strapiUrl);
    const attributes = DomUtils.findAll(() => true, parseDocument(html).children).flatMap((element) =>
      ['src', 'srcset', 'href'].flatMap((name) => element.attribs[name] ?? []),
    );
    expect(attributes.length).toBeGreaterThan(20);
    expect(attributes.filter((value) => value.includes(cms.host) || value.includes('/uploads/'))).toEqual([]);
  });

  it('rebuilds with the same image cache without processing any picture again', async () => {
    const second = await build('cached');
    expect(second.report.images.processed).toBe(0);
    const [picture] = picturesWithAlt(second.outDir, `articles/${SLUG}`, COVER_ALT);
    const [img] = picture ? elements(picture.children, 'img') : [];
    expect(img?.attribs.src).toMatch(/^\/_astro\//);
    expect(fs.existsSync(path.join(second.outDir, img?.attribs.src ?? 'missing'))).toBe(true);
  });

  // Before the broken cover: a cover fails while pages render, an attachment only when files are copied.
  it('fails the build naming the article, locale and field when an attachment file is gone', async () => {
    const gone = await uploadMedia(strapiUrl, jwt, {
      data: PDF_BYTES,
      fileName: '已删除的附件.pdf',
      mime: 'application/pdf',
      alternativeText: '',
    });
    const documentId = await publishArticle(BROKEN_ATTACHMENT_SLUG, cover.id, '正文。', [gone.id]);
    fs.rmSync(path.join(instance?.env.PUBLIC_DIR ?? 'missing PUBLIC_DIR', gone.url));
    await expect(build('broken-attachment')).rejects.toThrow(
      new RegExp(
        `article document "${documentId}" \\(locale zh-Hans\\), field attachments: could not be fetched \\(HTTP 404\\)`,
      ),
    );
  });

  it('fails the build naming the article, locale and field when a cover file is gone', async () => {
    const broken = await uploadMedia(strapiUrl, jwt, {
      data: await generatedPng(640, 360, '#14532d'),
      fileName: 'site-images-broken.png',
      mime: 'image/png',
      alternativeText: '已删除的封面',
    });
    const documentId = await publishArticle(BROKEN_SLUG, broken.id, '正文。');
    // The throw-away Strapi keeps its uploads in its own temp folder (PUBLIC_DIR), not in cms/public.
    fs.rmSync(path.join(instance?.env.PUBLIC_DIR ?? 'missing PUBLIC_DIR', broken.url));
    await expect(build('broken')).rejects.toThrow(
      new RegExp(
        `article document "${documentId}" \\(locale zh-Hans\\), field cover: could not be fetched \\(HTTP 404\\)`,
      ),
    );
  });
});
