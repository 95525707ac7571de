import type { Core } from '@strapi/strapi';
import { applyFieldLabels } from './bootstrap/apply-field-labels';
import { ensureBuildToken } from './bootstrap/build-token';
import { ensureEditorialRoles, followNewLocales } from './bootstrap/editorial-roles';
import { ensureLocales } from './bootstrap/locales';
import { moveMajorEventArticles } from './bootstrap/major-events-to-events';
import { addNewSectionsToNavigation } from './bootstrap/navigation-sections';
import { ensurePublicPermissions } from './bootstrap/public-permissions';
import { ensureRebuildWebhook } from './bootstrap/rebuild-webhook';
import { closePublicAccounts } from './bootstrap/user-accounts';
import { registerBuildStatusRoute } from './build-status/status-route';
import { eventDates } from './document-middlewares/event-dates';
import { hideFutureDated } from './document-middlewares/hide-future-dated';
import { jobSalaryRange } from './document-middlewares/job-salary-range';
import { policyRules } from './document-middlewares/policy-rules';
import { publishedOnly } from './document-middlewares/published-only';
import { refuseEarlyPublish } from './document-middlewares/refuse-early-publish';
import { requireImageAlt } from './document-middlewares/require-image-alt';
import { sharedSlugs } from './document-middlewares/shared-slugs';
import { uniqueSlugs } from './document-middlewares/unique-slugs';
import { registerDraftRoute } from './preview/draft-route';
import { registerScheduleStatusRoute } from './scheduling/schedule-status';
import { demoContent } from './seed/fixtures';
import { loadDemoContent } from './seed/load-demo-content';
import { suggestSlugsInAdmin } from './slugs/admin-slug-suggestions';

/**
 * SEED_DEMO_CONTENT=true fills in every missing demo document; =if-empty (what `pnpm start` uses)
 * only seeds a database without articles, so editors' deletions are not undone on restart.
 */
async function shouldSeed(strapi: Core.Strapi, mode: string | undefined): Promise<boolean> {
  if (mode === 'true') return true;
  if (mode !== 'if-empty') return false;
  return (await strapi.db.query('api::article.article').count()) === 0;
}

export default {
  /**
   * Document Service middlewares (content types, components and route middlewares are discovered
   * from src/): published-only for every non-admin request, alt text required to publish images,
   * nothing published before its publication time or displayed date, nor served before that date,
   * slugs unique and well-formed on every save, and shared by a document's language versions;
   * a policy's facts consistent (a municipal policy names its city);
   * an event's end not before its start;
   * a job's salary range the right way round;
   * the admin route the build-status widget reads; the draft route the preview server reads.
   */
  register({ strapi }: { strapi: Core.Strapi }) {
    strapi.documents.use(publishedOnly(strapi));
    strapi.documents.use(hideFutureDated(strapi));
    strapi.documents.use(requireImageAlt(strapi));
    strapi.documents.use(refuseEarlyPublish(strapi));
    strapi.documents.use(sharedSlugs(strapi));
    strapi.documents.use(uniqueSlugs(strapi));
    strapi.documents.use(policyRules(strapi));
    strapi.documents.use(eventDates(strapi));
    strapi.documents.use(jobSalaryRange(strapi));
    registerBuildStatusRoute(strapi);
    registerDraftRoute(strapi);
    registerScheduleStatusRoute(strapi);
  },

  /**
   * Idempotent start-up: locales, the Editor and Author roles in every locale (also one added
   * later), the public and authenticated roles' permissions (no public accounts), Chinese field
   * labels and pinyin slug suggestions for editors, the site build's token (reads the public
   * types only), articles of the retired 重大活动 column moved to events, the new sections (政策库,
   * 活动, 岗位库) added once to an existing site navigation, and (when
   * SEED_DEMO_CONTENT=true) the demo content.
   */
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureLocales(strapi);
    await ensureEditorialRoles(strapi);
    followNewLocales(strapi);
    await ensurePublicPermissions(strapi);
    await closePublicAccounts(strapi);
    await applyFieldLabels(strapi);
    suggestSlugsInAdmin(strapi);
    await ensureBuildToken(strapi);
    await ensureRebuildWebhook(strapi);
    await moveMajorEventArticles(strapi);
    await addNewSectionsToNavigation(strapi);
    if (await shouldSeed(strapi, process.env.SEED_DEMO_CONTENT)) {
      const started = Date.now();
      strapi.log.info('[seed] loading demo content …');
      const report = await loadDemoContent(strapi, demoContent);
      const summary = Object.entries(report)
        .map(([uid, { created, skipped }]) => `${uid.split('.').pop()} +${created} (=${skipped})`)
        .join(', ');
      strapi.log.info(`[seed] done in ${Date.now() - started} ms: ${summary}`);
    }
  },
};
