import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../paths.ts';
import { type CommandSpec, readCommandLine } from './command-line.ts';

const pipelineLike = {
  usage: 'pnpm run pipeline [--force] [--allow-drop] [--verbose]',
  summary: 'Builds and publishes the site.',
  flags: {
    force: { type: 'boolean', description: 'Rebuild even when unchanged.' },
    'allow-drop': { type: 'boolean', description: 'Publish despite removed pages.' },
    verbose: { type: 'boolean', short: 'v', description: 'Print the build output.' },
  },
} satisfies CommandSpec<Record<string, { type: 'boolean'; description: string; short?: string }>>;

const restoreLike: CommandSpec<Record<string, never>> = {
  usage: 'pnpm restore <backup file>',
  summary: 'Restores a backup.',
  flags: {},
  positionals: ['<backup file>'],
};

describe('readCommandLine', () => {
  it('returns the switches as booleans, false when absent', () => {
    expect(readCommandLine(pipelineLike, ['--force', '-v'])).toEqual({
      kind: 'run',
      flags: { force: true, 'allow-drop': false, verbose: true },
      positionals: [],
    });
  });

  it('refuses an unknown flag, naming it and listing the valid ones', () => {
    const line = readCommandLine(pipelineLike, ['--froce']);
    expect(line.kind).toBe('error');
    const message = line.kind === 'error' ? line.message : '';
    expect(message).toContain("Unknown option '--froce'.");
    expect(message).toContain('Valid options: --force, --allow-drop, --verbose, --help.');
  });

  it('refuses a value given to a switch and a positional the command does not take', () => {
    expect(readCommandLine(pipelineLike, ['--force=yes']).kind).toBe('error');
    expect(readCommandLine(pipelineLike, ['force']).kind).toBe('error');
  });

  it('prints usage, summary and every flag for --help and -h', () => {
    const line = readCommandLine(pipelineLike, ['--help']);
    expect(line.kind).toBe('help');
    const text = line.kind === 'help' ? line.text : '';
    expect(text).toMatch(/^Usage: pnpm run pipeline \[--force\]/);
    for (const flag of ['--force', '--allow-drop', '-v, --verbose', '-h, --help'])
      expect(text).toContain(flag);
    expect(readCommandLine(pipelineLike, ['-h']).kind).toBe('help');
  });

  it('checks the number of positional arguments', () => {
    expect(readCommandLine(restoreLike, ['a.tar.gz'])).toEqual({
      kind: 'run',
      flags: {},
      positionals: ['a.tar.gz'],
    });
    expect(readCommandLine(restoreLike, [])).toMatchObject({
      kind: 'error',
      message: expect.stringContaining('Missing <backup file>'),
    });
    expect(readCommandLine(restoreLike, ['a', 'b'])).toMatchObject({
      kind: 'error',
      message: expect.stringContaining('Unexpected argument: b'),
    });
  });
});

describe('pnpm run pipeline', () => {
  const run = (...args: string[]) =>
    spawnSync(
      process.execPath,
      ['--import', 'tsx', path.join(ROOT_DIR, 'scripts/operations/pipeline/cli.ts'), ...args],
      {
        cwd: ROOT_DIR,
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '' },
        timeout: 60_000,
      },
    );

  it('exits 2 on a mistyped flag before reading any settings', () => {
    const result = run('--froce');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("Unknown option '--froce'.");
    expect(result.stderr).toContain('--force, --allow-drop, --verbose, --help');
  });

  it('exits 0 with the usage on --help', () => {
    const result = run('--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Usage: pnpm run pipeline');
  });
});
