// Screenshots of the admin panel for docs/editors.md: the login page, the article list, an
// article's edit view and its publish button, as a new editor sees them (fresh browser, Chinese).
// Usage: pnpm exec tsx scripts/dev-tools/screenshots/admin-screenshots.ts [output folder]   (default docs/screenshots)
// Builds the admin panel when its sources changed (~1 min), then starts a throw-away seeded Strapi.
import path from 'node:path';
import { launchChromium } from '../../common/browser.ts';
import { parseCommandLine } from '../../common/cli/command-line.ts';
import { ROOT_DIR } from '../../common/paths.ts';
import { buildStrapiIfNeeded } from '../../operations/strapi/admin-build.ts';
import { throwawayStrapi } from '../../test-harness/throwaway-strapi.ts';

const EDITOR = {
  firstname: '编辑',
  lastname: '王',
  email: 'editor@example.com',
  password: 'Editor-Passw0rd!',
};

/** Takes the editors' guide screenshots into `outDir`; returns the files written. */
export async function takeAdminScreenshots(outDir: string): Promise<string[]> {
  const cms = throwawayStrapi({ SERVE_ADMIN_PANEL: 'true' });
  buildStrapiIfNeeded(cms.env);
  const strapi = await cms.start({ SEED_DEMO_CONTENT: 'true', SITE_URL: 'https://invest.example.gov.cn' });
  const browser = await launchChromium();
  const written: string[] = [];
  const shoot = async (name: string, target: { screenshot(o: { path: string }): Promise<unknown> }) => {
    const file = path.join(outDir, `admin-${name}.png`);
    await target.screenshot({ path: file });
    written.push(file);
  };
  try {
    const registered = await fetch(`${strapi.url}/admin/register-admin`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(EDITOR),
    });
    if (!registered.ok)
      throw new Error(`register-admin: HTTP ${registered.status} ${await registered.text()}`);
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${strapi.url}/admin/auth/login`, { waitUntil: 'networkidle' });
    await page.locator('input[name="email"]').waitFor({ timeout: 30_000 });
    await shoot('login', page);
    await page.fill('input[name="email"]', EDITOR.email);
    await page.fill('input[name="password"]', EDITOR.password);
    await page.click('button[type="submit"]');
    await page.waitForURL((url) => !url.pathname.includes('/auth/'), { timeout: 30_000 });
    await page.goto(`${strapi.url}/admin/content-manager/collection-types/api::article.article`, {
      waitUntil: 'networkidle',
    });
    await page.locator('tbody tr').first().waitFor({ timeout: 30_000 });
    // Strapi's one-off "new Media Library" banner: dismissed once, as an editor would.
    const closeBanner = page.getByRole('button', { name: '关闭' }).first();
    if (await closeBanner.isVisible()) await closeBanner.click();
    await shoot('article-list', page);
    await page.locator('tbody tr').first().click();
    await page.waitForURL(/api::article\.article\/[a-z0-9]+/, { timeout: 30_000 });
    const publish = page.getByRole('button', { name: '发布', exact: true });
    await publish.waitFor({ timeout: 30_000 });
    const preview = page.getByText('打开预览');
    await preview
      .waitFor({ timeout: 10_000 })
      .catch(() => console.warn('[admin-screenshots] no preview panel'));
    await page.waitForLoadState('networkidle');
    await shoot('article-edit', page);
    // The side panels: publish and save, then "open preview".
    const box = await publish.boundingBox();
    if (!box) throw new Error('the publish button is not on screen');
    const bottom = (await preview.boundingBox().catch(() => null)) ?? box;
    const clip = {
      x: box.x - 40,
      y: box.y - 70,
      width: 360,
      height: bottom.y + bottom.height + 40 - (box.y - 70),
    };
    const file = path.join(outDir, 'admin-publish.png');
    await page.screenshot({ path: file, clip });
    written.push(file);
    await context.close();
  } finally {
    await browser.close();
    await strapi.stop();
    cms.remove();
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
