import { describe, expect, it } from 'vitest';
import { type BuildReport, formatReport } from './report.ts';

const report: BuildReport = {
  id: 'r1',
  status: 'published',
  startedAt: '',
  finishedAt: '',
  strapiUrl: 'http://127.0.0.1:1337',
  siteUrl: 'https://example.test',
  fingerprint: null,
  pageCount: null,
  linksChecked: null,
  searchQuery: '山东',
  searchHits: null,
  warnings: [],
  allowedDrops: ['industries (en): 10 → 0 (emptied)'],
  sweptStaging: ['.staging-r0'],
  timingsMs: {},
  servedBuild: 'r1',
};

describe('formatReport', () => {
  it('names each drop --allow-drop let through and what was swept', () => {
    const text = formatReport(report);
    expect(text).toContain('allowed drop (--allow-drop): industries (en): 10 → 0 (emptied)');
    expect(text).toContain('swept leftovers of killed runs: .staging-r0');
  });

  it('adds the cause of a failure when the message does not already say it', () => {
    const failed: BuildReport = {
      ...report,
      status: 'failed',
      allowedDrops: [],
      failure: {
        step: 'verify',
        message: 'ENOSPC: no space left on device',
        action: 'free space',
        cause: 'x',
      },
    };
    expect(formatReport(failed)).toMatch(/failed at: verify[\s\S]*cause: x[\s\S]*what to do: free space/);
  });
});
