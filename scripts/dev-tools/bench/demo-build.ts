/**
 * `pnpm bench:demo-build [runs]`: boots a throw-away Strapi seeded with the demo content, builds the
 * site from it `runs` times (default 3, each into a fresh folder, the picture cache kept between
 * runs as in production), and prints the first build's wall time, the median of the later ones, and the pages per section
 * and locale. Run it on two commits to see what a change costs the real build. Not part of `pnpm test`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseCommandLine } from '../../common/cli/command-line.ts';
import { CMS_DIR } from '../../common/paths.ts';
import { buildSite } from '../../operations/site-build/build-site.ts';
import { throwawayStrapi } from '../../test-harness/throwaway-strapi.ts';

const { flags, positionals } = parseCommandLine({
  usage: 'pnpm bench:demo-build [runs] [--keep <dir>]',
  summary:
    'Builds the site from a throw-away Strapi seeded with the demo content [runs] times (default 3) and\n' +
    "prints the first (cold) build's time, the median of the later (warm) ones and the pages per section\n" +
    'and locale.',
  flags: {
    keep: { type: 'string', description: 'Copy the last build to <dir> (e.g. for pnpm screenshots).' },
  },
  positionals: ['[runs]'],
});
const runs = Number(positionals[0] ?? 3);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`runs must be a positive integer, got "${positionals[0]}".`);
  process.exit(2);
}

/** HTML pages under `dir`, keyed by locale and first path segment ("zh /policies", "en /jobs"). */
function pagesBySection(dir: string): Map<string, number> {
  const counts = new Map<string, number>();
  const visit = (relative: string) => {
    for (const entry of fs.readdirSync(path.join(dir, relative), { withFileTypes: true })) {
      const child = path.posix.join(relative, entry.name);
      if (entry.isDirectory()) visit(child);
      else if (entry.name.endsWith('.html')) {
        const parts = child.split('/');
        const english = parts[0] === 'en';
        const rest = english ? parts.slice(1) : parts;
        const section = rest.length > 1 ? `/${rest[0]}` : '/';
        const key = `${english ? 'en' : 'zh'} ${section}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  };
  visit('');
  return counts;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

// Exit through process.exit on Ctrl+C so 'exit' handlers stop the Strapi child.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(CMS_DIR, 'dist', 'src', 'index.js'))) {
    throw new Error('cms/dist is missing: run `pnpm --filter @select-shandong/cms compile` first');
  }
  const instance = throwawayStrapi();
  console.log('Booting a throw-away Strapi and seeding the demo content …');
  const strapi = await instance.start({ SEED_DEMO_CONTENT: 'true' });
  const times: number[] = [];
  let lastOut = '';
  try {
    for (let run = 1; run <= runs; run += 1) {
      const outDir = path.join(instance.dir, `site-${run}`);
      const started = Date.now();
      await buildSite({
        strapiUrl: strapi.url,
        token: strapi.token,
        outDir,
        scratchDir: path.join(instance.dir, `scratch-${run}`),
        imageCacheDir: path.join(instance.dir, 'image-cache'),
        onLog: (line) => {
          if (/error/i.test(line)) console.log(`  [build ${run}] ${line}`);
        },
      });
      const wallMs = Date.now() - started;
      times.push(wallMs);
      console.log(`build ${run}/${runs}: ${(wallMs / 1000).toFixed(1)} s`);
      if (lastOut) fs.rmSync(lastOut, { recursive: true, force: true });
      lastOut = outDir;
    }
    const pages = pagesBySection(lastOut);
    const total = [...pages.values()].reduce((sum, n) => sum + n, 0);
    const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    // The first build processes every picture; later ones find them in the cache, as a nightly does.
    const warm = times.slice(1);
    console.log(
      `\nfirst build (pictures processed) ${seconds(times[0] ?? 0)}` +
        (warm.length > 0
          ? `; later builds (picture cache warm) median ${seconds(median(warm))} over ${warm.length} (min ${seconds(Math.min(...warm))}, max ${seconds(Math.max(...warm))})`
          : '') +
        `; ${total} pages`,
    );
    for (const [key, count] of [...pages].sort(([a], [b]) => a.localeCompare(b))) {
      console.log(`  ${key.padEnd(28)} ${String(count).padStart(5)}`);
    }
    if (flags.keep) {
      fs.cpSync(lastOut, flags.keep, { recursive: true });
      console.log(`\nthe last build is in ${flags.keep}`);
    }
  } finally {
    await strapi.stop();
    instance.remove();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
