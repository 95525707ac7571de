// Screenshots of the admin panel for docs/editors.md, taken along the same journeys the browser
// test drives (scripts/test-harness/support/admin-journeys.ts): registering the first
// administrator, logging in, the article list, writing an article with a cover and its 替代文字,
// publishing, the English version, scheduling and the draft preview. 1440×900, Chinese admin.
// Usage: pnpm exec tsx scripts/dev-tools/screenshots/admin-screenshots.ts [output folder]   (default docs/screenshots)
// Builds the admin panel when its sources changed, then starts the system as `pnpm start` does
// (throw-away seeded Strapi, rebuild service, site, preview server): a few minutes.
import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import sharp from 'sharp';
import { launchChromium } from '../../common/browser.ts';
import { parseCommandLine } from '../../common/cli/command-line.ts';
import { ROOT_DIR } from '../../common/paths.ts';
import {
  addEnglishVersion,
  coverPng,
  editorPage,
  type Journey,
  logIn,
  nextWholeMinute,
  openArticleList,
  openPreview,
  publishOpenDocument,
  registerFirstAdministrator,
  waitPastBeijingMidnight,
  writeArticle,
} from '../../test-harness/support/admin-journeys.ts';
import { startLiveSystem } from '../../test-harness/support/live-system.ts';

const ADMIN = {
  firstname: '编辑',
  lastname: '王',
  email: 'editor@example.com',
  password: 'Editor-Passw0rd!',
};
// The guide's PNGs stay small: larger ones are re-encoded with a palette.
const MAX_BYTES = 200_000;

/** Writes a screenshot buffer to `file`, palette-compressed when it is larger than MAX_BYTES. */
async function writeSmall(file: string, png: Buffer): Promise<void> {
  const small =
    png.length > MAX_BYTES ? await sharp(png).png({ palette: true, compressionLevel: 9 }).toBuffer() : png;
  fs.writeFileSync(file, small);
}

/** Takes the editors' guide screenshots into `outDir`; returns the files written. */
export async function takeAdminScreenshots(outDir: string): Promise<string[]> {
  const system = await startLiveSystem({
    adminPanel: true,
    preview: true,
    registerAdmin: false,
    strapiEnv: { SCHEDULED_PUBLISH_INTERVAL_SECONDS: '5' },
  });
  const browser = await launchChromium();
  const written: string[] = [];
  try {
    const journeyOn = (page: Page): Journey => ({
      page,
      strapiUrl: system.strapi.url,
      async shoot(name: string, part?: Locator) {
        const file = path.join(outDir, `admin-${name}.png`);
        await writeSmall(file, await (part ?? page).screenshot());
        written.push(file);
      },
    });
    const journey = journeyOn(await editorPage(browser));
    await registerFirstAdministrator(journey, ADMIN);
    await openArticleList(journey, 'article-list');
    await writeArticle(
      journey,
      {
        title: '济南新区集中签约十个重点项目',
        body: '## 签约现场\n\n十个项目**集中签约**，总投资约 120 亿元，涉及高端装备和新一代信息技术。',
        column: '投资动态',
        source: '济南市商务局',
        editor: '王编辑',
        cover: {
          fileName: 'jinan-signing.png',
          png: await coverPng(),
          alternativeText: '济南新区签约仪式现场',
        },
      },
      { shotName: 'article-new' },
    );
    await publishOpenDocument(journey, 'publish');
    await addEnglishVersion(journey, {
      title: 'Jinan New Area signs ten key projects',
      body: 'Ten projects were **signed** at once, with a total investment of about 12 billion yuan.',
      source: 'Jinan Municipal Bureau of Commerce',
      editor: 'Wang',
    });
    await publishOpenDocument(journey);
    await waitPastBeijingMidnight(30 * 60_000);
    const title = '青岛港开通至东南亚新航线';
    await writeArticle(
      journey,
      {
        title,
        body: '新航线每周两班，连接青岛港与东南亚主要港口。',
        column: '投资动态',
        source: '青岛市商务局',
        editor: '赵编辑',
      },
      { shotName: 'schedule', scheduleAt: nextWholeMinute(30 * 60_000) },
    );
    await openPreview(journey, title);
    // The login page as a returning editor sees it, in a fresh browser.
    await logIn(journeyOn(await editorPage(browser)), ADMIN, 'login');
  } finally {
    await browser.close();
    await system.stop();
  }
  return written;
}

const { positionals } = parseCommandLine({
  usage: 'pnpm exec tsx scripts/dev-tools/screenshots/admin-screenshots.ts [output folder]',
  summary: 'Screenshots the admin panel for docs/editors.md (default output: docs/screenshots).',
  flags: {},
  positionals: ['[output folder]'],
});
const outDir = path.resolve(positionals[0] ?? path.join(ROOT_DIR, 'docs', 'screenshots'));
takeAdminScreenshots(outDir).then(
  (files) => console.log(`wrote ${files.length} screenshots:\n${files.join('\n')}`),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
