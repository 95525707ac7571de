// The pipeline against the seeded Strapi, through a fault-injecting proxy: one good publish, an
// unchanged run that exits early, then each fault must fail naming the step and the URL or the
// document (type, locale), and leave the served folder byte-identical; last, rollback walks only
// builds that were published (published.jsonl), never one it rolled back from or one never served.
import fs from 'node:fs';
import type http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BuildReport } from '../operations/pipeline/report.ts';
import { TEST_SITE_URL } from '../test-harness/setup/provided-context.ts';
import {
  checksum,
  closeProxy,
  type Fault,
  leftovers,
  PIPELINE,
  type ProxyState,
  proxyUrl,
  ROLLBACK,
  type RunResult,
  runCli,
  startFaultProxy,
} from '../test-harness/support/pipeline-harness.ts';

/** Detection time per fault, printed at the end for the operations figures. */
const figures: string[] = [];

/** The step a failed run names, for the figures. */
const failedAt = (output: string) => /failed at:? (\w+)/i.exec(output)?.[1] ?? 'no step named';

describe('pipeline against a real Strapi', () => {
  const strapi = inject('seededStrapi');
  const state: ProxyState = { fault: 'none' };
  const siteRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'select-shandong-pipeline-'));
  const current = path.join(siteRoot, 'current');
  let proxy: http.Server;
  let env: Record<string, string>;
  let first: RunResult;
  // Short, so each fault is reported within seconds. Only for faults where the proxy answers every
  // request itself; where real Strapi answers count (good builds, faults on some requests only),
  // the defaults stay: the machine is shared and a populated page can take seconds.
  const faultEnv = { STRAPI_TIMEOUT_MS: '800', STRAPI_RETRY_BUDGET_MS: '1500' };
  const realAnswers = { STRAPI_TIMEOUT_MS: '30000', STRAPI_RETRY_BUDGET_MS: '60000' };

  beforeAll(async () => {
    proxy = await startFaultProxy(strapi.url, state);
    env = {
      STRAPI_URL: proxyUrl(proxy),
      STRAPI_TOKEN: strapi.token,
      SITE_ROOT: siteRoot,
      SITE_URL: TEST_SITE_URL,
    };
    first = await runCli(PIPELINE, env);
    figures.push(`full run: ${first.ms} ms`);
  }, 300_000);

  afterAll(async () => {
    await closeProxy(proxy);
    fs.rmSync(siteRoot, { recursive: true, force: true });
    console.log(`[pipeline-faults]\n  ${figures.join('\n  ')}`);
  });

  it('publishes a verified build behind an atomic `current` link, with a report and a ledger entry', () => {
    expect(first.code, first.output).toBe(0);
    expect(first.output).toContain('pipeline PUBLISHED');
    expect(fs.lstatSync(current).isSymbolicLink()).toBe(true);
    expect(fs.existsSync(path.join(current, 'index.html'))).toBe(true);
    const report = JSON.parse(fs.readFileSync(path.join(siteRoot, 'last-run.json'), 'utf8'));
    expect(report.status).toBe('published');
    expect(report.fingerprint.counts['articles/zh-Hans']).toBeGreaterThan(10);
    expect(report.fingerprint.counts['site-setting/en']).toBe(1);
    expect(report.pageCount).toBeGreaterThan(100);
    expect(report.searchHits).toBeGreaterThan(0);
    expect(Object.keys(report.timingsMs)).toEqual(
      expect.arrayContaining(['fingerprint', 'build', 'verify', 'publish']),
    );
    expect(fs.readFileSync(path.join(siteRoot, 'last-run.txt'), 'utf8')).toContain(
      'documents: articles/zh-Hans=',
    );
    const ledger = fs.readFileSync(path.join(siteRoot, 'published.jsonl'), 'utf8').trim().split('\n');
    expect(ledger.map((line) => JSON.parse(line))).toEqual([
      expect.objectContaining({ id: report.id, how: 'pipeline' }),
    ]);
    expect(fs.existsSync(path.join(siteRoot, 'pipeline.lock'))).toBe(false);
  });

  it('exits early when the content fingerprint is unchanged', async () => {
    const before = checksum(current);
    const run = await runCli(PIPELINE, env);
    figures.push(`no-change run: ${run.ms} ms`);
    expect(run.code, run.output).toBe(0);
    expect(run.output).toContain('Content unchanged');
    expect(checksum(current)).toBe(before);
  });

  const api = (resource: string) => `GET http://127\\.0\\.0\\.1:\\d+/api/${resource}\\S*`;
  const faults: Array<{
    name: string;
    fault: Fault;
    extraEnv?: Record<string, string>;
    args?: string[];
    message: RegExp;
    not?: RegExp;
    /** The document the run's report must name (type and field). */
    document?: { type: string; field: string };
  }> = [
    {
      name: 'CMS down',
      fault: 'none',
      extraEnv: { STRAPI_URL: 'http://127.0.0.1:9' },
      message:
        /failed at: fingerprint[\s\S]*GET http:\/\/127\.0\.0\.1:9\/api\/articles\S* failed: no response[\s\S]*cannot connect[\s\S]*gave up after \d+ attempts/,
    },
    {
      name: 'a 500 on page 2 of articles',
      fault: 'page-500',
      extraEnv: { ...realAnswers, PIPELINE_PAGE_SIZE: '5' },
      message: new RegExp(
        `failed at: fingerprint[\\s\\S]*${api('articles')}pagination\\[page\\]=2\\S* failed: HTTP 500`,
      ),
    },
    {
      name: 'a timeout',
      fault: 'hang',
      message: new RegExp(
        `failed at: fingerprint[\\s\\S]*${api('articles')} failed: no response .*within 800 ms`,
      ),
    },
    {
      name: 'a truncated body',
      fault: 'truncated',
      message: new RegExp(
        `failed at: fingerprint[\\s\\S]*${api('articles')} failed: body cut short[\\s\\S]*gave up after \\d+ attempts`,
      ),
    },
    {
      name: 'a dripped body',
      fault: 'dripped',
      message: new RegExp(
        `failed at: fingerprint[\\s\\S]*${api('articles')} failed: body not complete within 800 ms`,
      ),
    },
    {
      name: 'malformed JSON',
      fault: 'malformed',
      message: new RegExp(
        `failed at: fingerprint[\\s\\S]*${api('articles')} failed: body is not JSON \\(application/json[\\s\\S]*gave up after \\d+ attempts`,
      ),
    },
    {
      name: 'HTML answered with 200',
      fault: 'html-200',
      message: new RegExp(
        `failed at: fingerprint[\\s\\S]*${api('articles')} failed: body is not JSON \\(text/html`,
      ),
    },
    {
      name: 'a 401',
      fault: 'unauthorized',
      message: new RegExp(
        `failed at: fingerprint[\\s\\S]*${api('articles')} failed: HTTP 401[\\s\\S]*not retried; 1 attempt in`,
      ),
      not: /attempts/,
    },
    {
      name: 'an invalid document',
      fault: 'bad-slug',
      // The build must reach the document, not time out on a loaded machine first.
      extraEnv: realAnswers,
      message: /failed at: build[\s\S]*Invalid article document "\w+" \(locale (zh-Hans|en)\): slug/,
      // The admin's 网站更新 widget names the document and field from the report.
      document: { type: 'article', field: 'slug' },
    },
    {
      name: 'only industries emptied',
      fault: 'no-industries',
      extraEnv: realAnswers,
      message:
        /failed at: fingerprint[\s\S]*industries \(zh-Hans\): \d+ → 0 \(emptied\)[\s\S]*industries \(en\): \d+ → 0 \(emptied\)/,
    },
    {
      name: 'site-setting 404 in English',
      fault: 'no-site-setting-en',
      extraEnv: realAnswers,
      message: /failed at: fingerprint[\s\S]*Single type\(s\) missing or empty: site-setting \(en\)/,
    },
    {
      name: 'site-setting 404 in English with --allow-drop',
      fault: 'no-site-setting-en',
      extraEnv: realAnswers,
      args: ['--allow-drop'],
      message: /failed at: fingerprint[\s\S]*site-setting \(en\)[\s\S]*--allow-drop does not override this/,
    },
  ];

  for (const { name, fault, extraEnv, args, message, not, document } of faults) {
    it(`fails on ${name} and leaves the served folder byte-identical`, async () => {
      const link = fs.readlinkSync(current);
      const before = checksum(current);
      state.fault = fault;
      const run = await runCli(PIPELINE, { ...env, ...faultEnv, ...extraEnv }, args);
      state.fault = 'none';
      figures.push(`${name}: detected in ${run.ms} ms (${failedAt(run.output)})`);
      expect(run.code, run.output).toBe(1);
      expect(run.output).toMatch(message);
      if (not) expect(run.output).not.toMatch(not);
      expect(run.output).toContain('what to do:');
      if (document) {
        const report = JSON.parse(
          fs.readFileSync(path.join(siteRoot, 'last-run.json'), 'utf8'),
        ) as BuildReport;
        expect(report.failure?.document).toMatchObject({
          type: document.type,
          locale: expect.stringMatching(/^(zh-Hans|en)$/),
          issues: [expect.objectContaining({ path: document.field })],
        });
      }
      expect(fs.readlinkSync(current)).toBe(link);
      expect(checksum(current)).toBe(before);
      expect(leftovers(siteRoot)).toEqual([]);
      expect(fs.existsSync(path.join(siteRoot, 'pipeline.lock'))).toBe(false);
    }, 180_000);
  }

  it('rolls back only through published builds: never to one rolled back from or never served', async () => {
    const builds = path.join(siteRoot, 'builds');
    const a = path.basename(fs.readlinkSync(current));
    const aSum = checksum(current);

    const b = await runCli(PIPELINE, env, ['--force']);
    expect(b.code, b.output).toBe(0);
    const bId = path.basename(fs.readlinkSync(current));
    expect(bId).not.toBe(a);

    // B turns out bad: roll back to A.
    const back = await runCli(ROLLBACK, { SITE_ROOT: siteRoot });
    expect(back.code, back.output).toBe(0);
    expect(back.output).toMatch(
      new RegExp(`serves builds/${a}, published \\S+ \\(previous published build before ${bId}\\)`),
    );
    expect(checksum(current)).toBe(aSum);

    const c = await runCli(PIPELINE, env, ['--force']);
    expect(c.code, c.output).toBe(0);
    const cId = path.basename(fs.readlinkSync(current));
    // A build folder that never passed verify and publish (as a crash after the rename leaves it),
    // sorting between A and B.
    fs.cpSync(path.join(builds, a), path.join(builds, `${a}-unpublished`), { recursive: true });
    fs.writeFileSync(path.join(builds, `${a}-unpublished`, 'index.html'), '<p>never verified</p>');

    const again = await runCli(ROLLBACK, { SITE_ROOT: siteRoot });
    expect(again.code, again.output).toBe(0);
    expect(again.output).toContain(`serves builds/${a}`);
    expect(again.output).toContain(`previous published build before ${cId}`);
    expect(fs.readlinkSync(current)).toBe(path.join('builds', a));
    expect(checksum(current)).toBe(aSum);

    const none = await runCli(ROLLBACK, { SITE_ROOT: siteRoot });
    expect(none.code).toBe(1);
    expect(none.output).toContain('nothing earlier to roll back to');
    expect(fs.readlinkSync(current)).toBe(path.join('builds', a));
  }, 600_000);
});
