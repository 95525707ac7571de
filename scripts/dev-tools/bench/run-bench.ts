/**
 * `pnpm bench [articles-per-locale]`: loads N synthetic articles per locale (default 10,000) into a
 * real Strapi on a throw-away SQLite database, gives BENCH_IMAGES of them (default 20) an uploaded
 * cover, runs the pipeline against it, and prints per stage (load, fetch, build, rebuild with the
 * image cache, index) the wall time, peak memory and rate, and the image processing per picture
 * cold and cached. Not part of `pnpm test`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseCommandLine } from '../../common/cli/command-line.ts';
import { CMS_DIR, ROOT_DIR, SITE_DIR } from '../../common/paths.ts';
import { type RunningStrapi, startStrapi } from '../../operations/strapi/strapi-process.ts';
import { throwawayStrapi } from '../../test-harness/throwaway-strapi.ts';
import { attachBenchCovers, imageFigures } from './bench-images.ts';
import { formatTable, runMeasured, type StageResult, sampleTree } from './measure.ts';

const { positionals } = parseCommandLine({
  usage: 'pnpm bench [articles-per-locale]',
  summary:
    'Loads N synthetic articles per locale (default BENCH_ARTICLES or 10000) into a throw-away Strapi, runs the\n' +
    'pipeline against it and prints wall time, peak memory and rate per stage.',
  flags: {},
  positionals: ['[articles-per-locale]'],
});
const perLocale = Number(positionals[0] ?? process.env.BENCH_ARTICLES ?? 10_000);
if (!Number.isInteger(perLocale) || perLocale < 1) {
  console.error(
    `articles-per-locale must be a positive integer, got "${positionals[0] ?? process.env.BENCH_ARTICLES}".`,
  );
  process.exit(2);
}
const imageCount = Number(process.env.BENCH_IMAGES ?? 20);
if (!Number.isInteger(imageCount) || imageCount < 0 || imageCount > perLocale) {
  console.error(`BENCH_IMAGES must be an integer from 0 to ${perLocale}, got "${process.env.BENCH_IMAGES}".`);
  process.exit(2);
}
const tsxArgs = (file: string) => [
  '--import',
  'tsx',
  path.join(ROOT_DIR, 'scripts', 'dev-tools', 'bench', file),
];

function countHtml(dir: string): number {
  let count = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) count += countHtml(path.join(dir, entry.name));
    else if (entry.name.endsWith('.html')) count += 1;
  }
  return count;
}

function dirSizeMb(dir: string): number {
  let bytes = 0;
  const visit = (d: string) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) visit(full);
      else bytes += fs.statSync(full).size;
    }
  };
  visit(dir);
  return Math.round(bytes / 1024 / 1024);
}

const print = (prefix: string) => (line: string) => {
  if (/\[(load|fetch|cms|pagefind|seed)\]|pages|Images:|error|Error/i.test(line))
    console.log(`  ${prefix} ${line}`);
};

// Exit through process.exit on Ctrl+C so 'exit' handlers stop the Strapi child.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(CMS_DIR, 'dist', 'src', 'index.js'))) {
    throw new Error('cms/dist is missing: run `pnpm --filter @select-shandong/cms compile` first');
  }
  console.log(`Benchmark: ${perLocale} synthetic articles per locale (zh-Hans, en)\n`);
  const instance = throwawayStrapi();
  const outDir = path.join(instance.dir, 'site');
  const results: StageResult[] = [];
  let strapi: RunningStrapi | undefined;
  try {
    const env = {
      ...process.env,
      ...instance.env,
      SEED_DEMO_CONTENT: 'true',
      NODE_ENV: 'production',
      STRAPI_TELEMETRY_DISABLED: 'true',
      STRAPI_BUILD_TOKEN_FILE: instance.tokenFile,
      BENCH_ARTICLES: String(perLocale),
    };
    console.log('[1/4] load: demo taxonomy + synthetic articles through the Document Service');
    const load = await runMeasured(process.execPath, tsxArgs('load-synthetic.ts'), {
      cwd: CMS_DIR,
      env,
      onLine: print('load'),
    });
    results.push({ stage: 'load', ...load, items: perLocale * 2, unit: 'documents' });

    strapi = await startStrapi({ env: instance.env, tokenFile: instance.tokenFile });
    if (imageCount > 0) {
      console.log(`      covers: ${imageCount} generated pictures uploaded through the admin API`);
      await attachBenchCovers(strapi.url, imageCount);
    }
    const strapiMemory = sampleTree(strapi.process.pid ?? 0);
    const siteEnv = {
      ...process.env,
      STRAPI_URL: strapi.url,
      STRAPI_TOKEN: strapi.token,
      SITE_OUT_DIR: outDir,
      // A cache of the benchmark's own: the first build is cold, the rerun finds every picture.
      IMAGE_CACHE_DIR: path.join(instance.dir, 'image-cache'),
    };
    const reportFile = (name: string) => path.join(instance.dir, `${name}-report.json`);

    console.log('[2/4] fetch: every collection in both locales through the site CMS client');
    const fetched = await runMeasured(process.execPath, tsxArgs('fetch-all.ts'), {
      cwd: SITE_DIR,
      env: siteEnv,
      onLine: print('fetch'),
    });
    const fetchedCount = Number(JSON.parse(fetched.output.at(-1) ?? '{}').documents ?? 0);
    results.push({ stage: 'fetch', ...fetched, items: fetchedCount, unit: 'documents' });

    console.log('[3/4] build: astro build (fetch included), without the search index');
    const astroBin = path.join(SITE_DIR, 'node_modules', '.bin', 'astro');
    const build = await runMeasured(astroBin, ['build'], {
      cwd: SITE_DIR,
      env: { ...siteEnv, PAGEFIND_INDEX: 'false', SITE_BUILD_REPORT: reportFile('cold') },
      onLine: print('build'),
    });
    const pages = countHtml(outDir);
    results.push({ stage: 'build', ...build, items: pages, unit: 'pages' });

    console.log('      rebuild: the same build again, every picture in the image cache');
    const rebuild = await runMeasured(astroBin, ['build'], {
      cwd: SITE_DIR,
      env: { ...siteEnv, PAGEFIND_INDEX: 'false', SITE_BUILD_REPORT: reportFile('cached') },
      onLine: print('build'),
    });
    results.push({ stage: 'rebuild', ...rebuild, items: countHtml(outDir), unit: 'pages' });
    const strapiPeak = strapiMemory.stop();

    console.log('[4/4] index: Pagefind over the built site');
    const index = await runMeasured(process.execPath, tsxArgs('index-site.ts'), {
      cwd: SITE_DIR,
      env: { ...process.env, SITE_OUT_DIR: outDir },
      onLine: print('index'),
    });
    results.push({ stage: 'index', ...index, items: pages, unit: 'pages' });

    console.log(`\n${formatTable(results)}\n`);
    console.log(`Strapi peak memory while serving fetch + build: ${strapiPeak} MB`);
    console.log(`Images, cold build: ${imageFigures(reportFile('cold'))}`);
    console.log(`Images, rebuild: ${imageFigures(reportFile('cached'))}`);
    console.log(
      `Site: ${pages} pages, ${dirSizeMb(outDir)} MB; Pagefind index ${dirSizeMb(path.join(outDir, 'pagefind'))} MB`,
    );
  } finally {
    await strapi?.stop();
    instance.remove();
  }
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
