// `pnpm run rollback`: points SITE_ROOT/current at the published build (published.jsonl) before the one it serves.
import path from 'node:path';
import { parseCommandLine } from '../../common/cli/command-line.ts';
import { PipelineError } from './errors.ts';
import { rollback } from './publish.ts';
import { siteRootLayout } from './site-root.ts';

parseCommandLine({
  usage: 'pnpm run rollback',
  summary:
    'Points SITE_ROOT/current back at the build published before the one it serves (SITE_ROOT from the environment).',
  flags: {},
});
const root = process.env.SITE_ROOT?.trim();
try {
  if (!root)
    throw new PipelineError(
      'rollback',
      'Missing SITE_ROOT.',
      'Set SITE_ROOT to the folder holding builds/ and current.',
    );
  const done = rollback(siteRootLayout(path.resolve(root)));
  console.log(
    `rollback: current now serves builds/${done.to}, published ${done.publishedAt || '(time unknown)'} ` +
      `(${done.reason}); was builds/${done.from}.`,
  );
} catch (error) {
  if (!(error instanceof PipelineError)) throw error;
  console.error(`rollback FAILED: ${error.message}\n  what to do: ${error.action}`);
  process.exitCode = 1;
}
