/**
 * Bench stage "load", run as its own process: opens the Strapi app in-process on the database
 * named by the environment, lets bootstrap seed the demo taxonomy (cities, industries, parks …),
 * then creates BENCH_ARTICLES synthetic articles per locale through the Document Service,
 * published in zh-Hans and en. Prints progress and, last, a JSON line with the count.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { CMS_DIR } from '../../common/paths.ts';
import { syntheticArticle } from './synthetic-articles.ts';

interface DocumentsApi {
  findMany(params: Record<string, unknown>): Promise<Array<{ documentId: string }>>;
  create(params: Record<string, unknown>): Promise<{ documentId: string }>;
  update(params: Record<string, unknown>): Promise<{ documentId: string }>;
  count(params: Record<string, unknown>): Promise<number>;
}
interface StrapiApp {
  db: { transaction<T>(run: () => Promise<T>): Promise<T> };
  load(): Promise<StrapiApp>;
  destroy(): Promise<void>;
  documents(uid: string): DocumentsApi;
}

const total = Number(process.env.BENCH_ARTICLES ?? 10_000);
const BATCH = 100;
const requireFromCms = createRequire(path.join(CMS_DIR, 'package.json'));
const { createStrapi } = requireFromCms('@strapi/strapi') as {
  createStrapi(options: { appDir: string; distDir: string }): StrapiApp;
};

async function main(): Promise<void> {
  process.chdir(CMS_DIR);
  const app = await createStrapi({ appDir: CMS_DIR, distDir: path.join(CMS_DIR, 'dist') }).load();
  try {
    const ids = async (uid: string) =>
      (await app.documents(uid).findMany({ locale: 'zh-Hans', fields: ['documentId'], limit: 1000 })).map(
        (d) => d.documentId,
      );
    const refs = { cities: await ids('api::city.city'), industries: await ids('api::industry.industry') };
    const articles = app.documents('api::article.article');
    const existing = await articles.count({
      locale: 'zh-Hans',
      filters: { slug: { $startsWith: 'bench-' } },
    });
    const started = Date.now();
    // One transaction per batch: SQLite then syncs to disk once per batch, not once per write.
    for (let batchStart = existing; batchStart < total; batchStart += BATCH) {
      const batchEnd = Math.min(batchStart + BATCH, total);
      await app.db.transaction(async () => {
        for (let index = batchStart; index < batchEnd; index += 1) {
          const article = syntheticArticle(index, refs);
          const { documentId } = await articles.create({
            locale: 'zh-Hans',
            status: 'published',
            data: { ...article.shared, ...article.zh },
          });
          await articles.update({
            documentId,
            locale: 'en',
            status: 'published',
            data: { ...article.shared, ...article.en },
          });
        }
      });
      if (batchEnd % 500 === 0 || batchEnd === total) {
        const rate = (batchEnd - existing) / ((Date.now() - started) / 1000);
        console.log(`[load] ${batchEnd}/${total} articles per locale (${rate.toFixed(0)}/s)`);
      }
    }
    console.log(JSON.stringify({ loaded: total - existing }));
  } finally {
    await app.destroy();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
