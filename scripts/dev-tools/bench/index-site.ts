/** Bench stage "index", run as its own process: Pagefind over SITE_OUT_DIR, as the site build does. */
import { buildPagefindIndex } from '@select-shandong/site/integrations/pagefind';

const outDir = process.env.SITE_OUT_DIR;
if (!outDir) throw new Error('SITE_OUT_DIR must name the built site to index');
buildPagefindIndex(outDir).then(
  (pages) => console.log(`[pagefind] indexed ${pages} pages`),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
