import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureEnvFile, readEnvFile, SECRET_NAMES } from './secrets.ts';

let dir: string;
const envFile = () => path.join(dir, '.env');

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'secrets-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('readEnvFile', () => {
  it('reads quoting, comments and `export` as dotenv does', () => {
    fs.writeFileSync(
      envFile(),
      [
        '# a comment line',
        'PLAIN=value',
        '  SPACED = padded  ',
        'DOUBLE="two words" # trailing comment',
        "SINGLE='keeps # inside quotes'",
        'MULTILINE="line 1\\nline 2"',
        'export EXPORTED=yes',
        'APP_KEYS=a2V5MQ==,a2V5Mg==',
        'DATABASE_FILENAME=.tmp/数据.db',
        'EMPTY=',
        '',
      ].join('\n'),
    );
    expect(readEnvFile(envFile())).toEqual({
      PLAIN: 'value',
      SPACED: 'padded',
      DOUBLE: 'two words',
      SINGLE: 'keeps # inside quotes',
      MULTILINE: 'line 1\nline 2',
      EXPORTED: 'yes',
      APP_KEYS: 'a2V5MQ==,a2V5Mg==',
      DATABASE_FILENAME: '.tmp/数据.db',
      EMPTY: '',
    });
  });

  it('reads Windows line endings and lets a later line win', () => {
    fs.writeFileSync(envFile(), 'HOST=127.0.0.1\r\nPORT=1337\r\nPORT=1338\r\n');
    expect(readEnvFile(envFile())).toEqual({ HOST: '127.0.0.1', PORT: '1338' });
  });
});

describe('ensureEnvFile', () => {
  it('creates a private file with every secret once, then reads it back unchanged', () => {
    const created = ensureEnvFile(envFile());
    expect(Object.keys(created).sort()).toEqual([...SECRET_NAMES].sort());
    expect(fs.statSync(envFile()).mode & 0o777).toBe(0o600);
    expect(ensureEnvFile(envFile())).toEqual(created);
  });
});
