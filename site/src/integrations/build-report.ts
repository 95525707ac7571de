import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { buildWarnings, formatWarning } from '../lib/build-report.ts';
import { imageRegistry } from '../lib/images/image-registry.ts';

/** Prints the warnings pages recorded (e.g. relations without a target) at the end of the build. */
export function buildReportIntegration(): AstroIntegration {
  return {
    name: 'select-shandong:build-report',
    hooks: {
      'astro:build:done': ({ logger }) => {
        const warnings = buildWarnings();
        // Cache misses only: a rerun with unchanged pictures reports none.
        const processed = imageRegistry().processed;
        const images = {
          processed: processed.length,
          processingMs: processed.reduce((sum, image) => sum + image.ms, 0),
          perImage: processed,
        };
        const reportFile = process.env.SITE_BUILD_REPORT;
        if (reportFile) writeFileSync(reportFile, `${JSON.stringify({ warnings, images }, null, 2)}\n`);
        logger.info(`Images: ${images.processed} processed (cache misses) in ${images.processingMs} ms`);
        if (warnings.length === 0) {
          logger.info('Build report: no warnings');
          return;
        }
        logger.warn(`Build report: ${warnings.length} warning(s)`);
        for (const warning of warnings) logger.warn(formatWarning(warning));
      },
    },
  };
}
