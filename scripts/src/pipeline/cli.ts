// `pnpm run pipeline [--force] [--allow-drop]`: fetch → build → index → verify → publish. Exit 0 when a
// build was published or nothing changed, 1 when a step failed (the served site is left as it was).
import { readPipelineConfig } from './config.ts';
import { PipelineError } from './errors.ts';
import { formatReport } from './report.ts';
import { runPipeline } from './run-pipeline.ts';

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const config = readPipelineConfig(process.env, args);
  const verbose = args.includes('--verbose');
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
