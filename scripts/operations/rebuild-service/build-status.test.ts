import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BuildStatusFile } from '@select-shandong/cms/build-status/status-file';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BuildReport } from '../pipeline/report.ts';
import { writeBuildStatus } from './build-status.ts';
import { readRebuildServiceConfig } from './config.ts';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'build-status-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const report: BuildReport = {
  id: 'r2',
  status: 'failed',
  startedAt: '2026-12-01T10:00:00.000Z',
  finishedAt: '2026-12-01T10:00:20.000Z',
  strapiUrl: 'http://127.0.0.1:1337',
  siteUrl: 'http://127.0.0.1:4321',
  fingerprint: null,
  changes: {
    added: [{ collection: 'cities', locale: 'en', documentId: 'c1', slug: 'jinan' }],
    changed: [],
    removed: [],
  },
  pageCount: null,
  linksChecked: null,
  searchQuery: '山东',
  searchHits: null,
  warnings: [],
  allowedDrops: [],
  sweptStaging: [],
  timingsMs: { total: 20_000 },
  servedBuild: 'r1',
  failure: {
    step: 'build',
    message: 'The site build failed: …',
    action: 'fix it',
    document: {
      type: 'article',
      documentId: 'a1',
      locale: 'en',
      issues: [{ path: 'summary', problem: 'too long' }],
    },
  },
};

describe('writeBuildStatus', () => {
  it('writes the queue and the last run with content types named as the admin knows them', () => {
    const file = path.join(dir, 'nested', 'build-status.json');
    const state = {
      waiting: true,
      nextRunAt: '2026-12-01T10:01:00.000Z',
      running: false,
      queued: false,
      started: 2,
      lastResult: null,
    };
    writeBuildStatus(file, state, report);
    const written = JSON.parse(fs.readFileSync(file, 'utf8')) as BuildStatusFile;
    expect(written.rebuild).toEqual({
      waiting: true,
      nextRunAt: '2026-12-01T10:01:00.000Z',
      running: false,
      queued: false,
    });
    expect(written.lastRun).toMatchObject({
      status: 'failed',
      durationMs: 20_000,
      changes: { added: [{ type: 'city', locale: 'en', documentId: 'c1', slug: 'jinan' }] },
      failure: { step: 'build', document: { type: 'article', documentId: 'a1', locale: 'en' } },
    });
    // Written through a temporary file and a rename: a reader never sees half a file.
    expect(fs.readdirSync(path.dirname(file))).toEqual(['build-status.json']);
  });
});

describe('readRebuildServiceConfig', () => {
  const secret = { WEBHOOK_SECRET: '0123456789abcdef' };
  it('waits 3 s of quiet, at most 20 s, by default', () => {
    expect(readRebuildServiceConfig(secret)).toMatchObject({ quietMs: 3000, maxWaitMs: 20_000 });
  });

  it('refuses a maximum wait shorter than the quiet period, naming both variables', () => {
    expect(() =>
      readRebuildServiceConfig({ ...secret, REBUILD_QUIET_SECONDS: '30', REBUILD_MAX_WAIT_SECONDS: '10' }),
    ).toThrow(/REBUILD_MAX_WAIT_SECONDS \(10\) must not be shorter than REBUILD_QUIET_SECONDS \(30\)/);
  });
});
