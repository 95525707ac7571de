// `pnpm run pipeline [--force] [--allow-drop]`: fetch → build → index → verify → publish. Exit 0 when a
// build was published or nothing changed, 1 when a step failed (the served site is left as it was).
import { parseCommandLine } from '../../common/cli/command-line.ts';
import { readPipelineConfig } from './config.ts';
import { PipelineError } from './errors.ts';
import { formatReport } from './report.ts';
import { runPipeline } from './run-pipeline.ts';

const { flags } = parseCommandLine({
  usage: 'pnpm run pipeline [--force] [--allow-drop] [--verbose]',
  summary:
    'Fetches the content from Strapi, builds, indexes and verifies the site, and publishes it into SITE_ROOT\n' +
    '(settings from the environment: STRAPI_URL, STRAPI_TOKEN, SITE_ROOT; see docs/operations.md).',
  flags: {
    force: {
      type: 'boolean',
      description: 'Rebuild even when the content is unchanged (implies --allow-drop).',
    },
    'allow-drop': {
      type: 'boolean',
      description: 'Publish even when pages were removed beyond PIPELINE_MAX_DROP.',
    },
    verbose: { type: 'boolean', description: "Print Astro's build output." },
  },
});

async function main(): Promise<number> {
  const config = readPipelineConfig(process.env, { force: flags.force, allowDrop: flags['allow-drop'] });
  const verbose = flags.verbose;
  const report = await runPipeline(config, verbose ? (line) => console.log(`  [astro] ${line}`) : undefined);
  console.log(formatReport(report));
  if (report.status === 'unchanged')
    console.log(
      'Content unchanged since the served build: nothing to do (use --force to rebuild, e.g. after deploying new site code).',
    );
  return report.status === 'failed' ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof PipelineError) {
      console.error(`pipeline FAILED at ${error.step}: ${error.message}\n  what to do: ${error.action}`);
      if (error.cause) console.error(`  cause: ${String(error.cause)}`);
    } else {
      console.error(error);
    }
    process.exit(1);
  },
);
