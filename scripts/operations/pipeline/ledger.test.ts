import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { appendLedger, type LedgerEntry, ledgerFile, readLedger, rollbackTarget } from './ledger.ts';

const roots: string[] = [];
afterEach(() => {
  for (const dir of roots.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const entry = (id: string, how: LedgerEntry['how'] = 'pipeline', from?: string): LedgerEntry => ({
  id,
  publishedAt: `${id}T00:00:00Z`,
  how,
  ...(from ? { from } : {}),
});

describe('ledger', () => {
  it('appends and reads entries in order, skipping a torn last line', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pipeline-ledger-'));
    roots.push(dir);
    appendLedger(dir, entry('a1'));
    appendLedger(dir, entry('a2'));
    fs.appendFileSync(ledgerFile(dir), '{"id":"a3","publ');
    expect(readLedger(dir).map((e) => e.id)).toEqual(['a1', 'a2']);
  });

  it('reads a missing ledger as empty', () => {
    expect(readLedger(path.join(os.tmpdir(), 'no-such-site-root'))).toEqual([]);
  });
});

describe('rollbackTarget', () => {
  it('picks the previous published build and says why', () => {
    expect(rollbackTarget([entry('a1'), entry('a2')], 'a2', ['a1', 'a2'])).toEqual({
      id: 'a1',
      publishedAt: 'a1T00:00:00Z',
      reason: 'previous published build before a2',
    });
  });

  it('skips kept folders that were never published and builds rolled back from', () => {
    const entries = [entry('a1'), entry('a2'), entry('a1', 'rollback', 'a2'), entry('a4')];
    expect(rollbackTarget(entries, 'a4', ['a1', 'a2', 'a3-rejected', 'a4']).id).toBe('a1');
  });

  it('skips published builds that were pruned', () => {
    expect(rollbackTarget([entry('a1'), entry('a2'), entry('a3')], 'a3', ['a1', 'a3']).id).toBe('a1');
  });

  it('from a rolled-back-to build, goes further back, never forward', () => {
    const entries = [entry('a1'), entry('a2'), entry('a3'), entry('a2', 'rollback', 'a3')];
    expect(rollbackTarget(entries, 'a2', ['a1', 'a2', 'a3']).id).toBe('a1');
  });

  it('fails when nothing earlier was published', () => {
    expect(() => rollbackTarget([entry('a1')], 'a1', ['a1', 'a0-rejected'])).toThrow(
      /nothing earlier to roll back to/,
    );
  });
});
