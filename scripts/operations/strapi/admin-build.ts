import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { CMS_DIR, LOCAL_DIR } from '../../common/paths.ts';

const STAMP_FILE = path.join(LOCAL_DIR, 'cms-build.stamp');
// database/: the migrations, compiled into dist like the server code. The admin bundles
// shared-types' enumeration names (ENUM_LABELS), so they count as sources too.
const INPUTS = ['src', 'config', 'database', 'package.json', 'tsconfig.json', '../shared-types/src'];

/** A hash of every file the admin build and the compiled server depend on. */
function sourceHash(): string {
  const hash = createHash('sha256');
  const visit = (entry: string) => {
    const stat = fs.statSync(entry);
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(entry).sort()) visit(path.join(entry, name));
    } else {
      hash.update(path.relative(CMS_DIR, entry));
      hash.update(fs.readFileSync(entry));
    }
  };
  for (const input of INPUTS) visit(path.join(CMS_DIR, input));
  return hash.digest('hex');
}

/**
 * Runs `strapi build` (compiles the server and builds the admin panel, ~1 min) unless the last
 * build was made from the same sources. Returns whether it built.
 */
export function buildStrapiIfNeeded(env: Record<string, string>): boolean {
  const hash = sourceHash();
  const built = fs.existsSync(path.join(CMS_DIR, 'dist', 'build', 'index.html'));
  if (built && fs.existsSync(STAMP_FILE) && fs.readFileSync(STAMP_FILE, 'utf8') === hash) return false;
  const result = spawnSync(path.join(CMS_DIR, 'node_modules', '.bin', 'strapi'), ['build'], {
    cwd: CMS_DIR,
    env: { ...process.env, ...env, NODE_ENV: 'production', STRAPI_TELEMETRY_DISABLED: 'true' },
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error(`strapi build failed (exit ${result.status})`);
  fs.mkdirSync(LOCAL_DIR, { recursive: true });
  fs.writeFileSync(STAMP_FILE, hash);
  return true;
}
