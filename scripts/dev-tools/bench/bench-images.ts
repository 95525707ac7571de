// The benchmark's pictures: generated PNG covers uploaded through the admin's upload API and set
// on the newest articles, and the image figures of a build read from its build report.
import fs from 'node:fs';
import { registerFirstAdmin } from '../../test-harness/support/admin.ts';
import { adminClient, collectionPath, describeAnswer } from '../../test-harness/support/content-manager.ts';
import { generatedPng, uploadMedia } from '../../test-harness/support/media-upload.ts';

const ARTICLE = 'api::article.article';
const COLOURS = ['#991b1b', '#1e3a8a', '#14532d', '#713f12', '#581c87'];

/** Uploads `count` generated 1600×900 covers and sets one on each of the first `count` articles (zh-Hans). */
export async function attachBenchCovers(strapiUrl: string, count: number): Promise<void> {
  const jwt = await registerFirstAdmin(strapiUrl, 'bench@example.com');
  const admin = adminClient(strapiUrl, jwt);
  const listed = await admin('GET', `${collectionPath(ARTICLE)}?page=1&pageSize=${count}&locale=zh-Hans`);
  const articles = (listed.body.results ?? []) as { documentId: string }[];
  if (articles.length < count) throw new Error(`listing articles for covers: ${describeAnswer(listed)}`);
  for (const [index, article] of articles.entries()) {
    const cover = await uploadMedia(strapiUrl, jwt, {
      data: await generatedPng(1600, 900, COLOURS[index % COLOURS.length] ?? '#991b1b'),
      fileName: `bench-cover-${index}.png`,
      mime: 'image/png',
      alternativeText: `基准测试封面 ${index}`,
    });
    const path = `${collectionPath(ARTICLE, article.documentId)}?locale=zh-Hans`;
    const updated = await admin('PUT', path, { cover: cover.id });
    if (updated.status >= 300) throw new Error(`setting a cover: ${describeAnswer(updated)}`);
    const published = await admin(
      'POST',
      `${collectionPath(ARTICLE, article.documentId)}/actions/publish?locale=zh-Hans`,
      {},
    );
    if (published.status >= 300) throw new Error(`publishing a cover: ${describeAnswer(published)}`);
  }
}

/** The image figures of one build, from its SITE_BUILD_REPORT file. */
export function imageFigures(reportFile: string): string {
  const { images } = JSON.parse(fs.readFileSync(reportFile, 'utf8')) as {
    images: { processed: number; processingMs: number; perImage: { url: string; ms: number }[] };
  };
  const sources = new Set(images.perImage.map((image) => image.url)).size;
  if (images.processed === 0) return '0 pictures processed (all from the image cache)';
  const perOutput = Math.round(images.processingMs / images.processed);
  const perSource = Math.round(images.processingMs / Math.max(sources, 1));
  return `${images.processed} outputs from ${sources} pictures processed in ${images.processingMs} ms (${perOutput} ms per output, ${perSource} ms per picture)`;
}
