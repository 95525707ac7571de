import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { checkCompleteness, expectedFiles } from './completeness.ts';
import type { FingerprintDocument } from './fingerprint.ts';

const roots: string[] = [];
afterEach(() => {
  for (const dir of roots.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const doc: FingerprintDocument = {
  collection: 'industries',
  locale: 'en',
  documentId: 'i1',
  slug: 'marine',
  updatedAt: '2026-01-01',
};

/** A build folder holding every expected file, non-empty, and one readable Pagefind fragment. */
function completeBuild(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pipeline-complete-'));
  roots.push(dir);
  for (const file of expectedFiles([doc])) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), 'x');
  }
  fs.mkdirSync(path.join(dir, 'pagefind', 'fragment'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'pagefind', 'fragment', 'a.pf_fragment'), gzipSync('pagefind_dcd{}'));
  return dir;
}

describe('expectedFiles', () => {
  it('expects each event’s calendar file beside its page', () => {
    const event = { ...doc, collection: 'events', locale: 'zh-Hans', slug: 'linyi-expo' };
    expect(expectedFiles([event])).toEqual(
      expect.arrayContaining(['events/linyi-expo/index.html', 'events/linyi-expo.ics']),
    );
  });
});

describe('checkCompleteness', () => {
  it('passes a complete build', () => {
    expect(checkCompleteness(completeBuild(), [doc])).toBeGreaterThan(30);
    expect(expectedFiles([doc])).toEqual(
      expect.arrayContaining([
        'en/industries/marine/index.html',
        'events/calendar.ics',
        'en/events/calendar.ics',
        'sitemap-index.xml',
        'sitemap-0.xml',
        'en/news/index.html',
      ]),
    );
  });

  it('names a document page that is missing and one that is empty', () => {
    const dir = completeBuild();
    fs.rmSync(path.join(dir, 'en/industries/marine/index.html'));
    fs.writeFileSync(path.join(dir, 'sitemap-0.xml'), '');
    expect(() => checkCompleteness(dir, [doc])).toThrow(
      /\/en\/industries\/marine\/index.html: missing[\s\S]*\/sitemap-0.xml: empty/,
    );
  });

  it('fails on any empty page and on a Pagefind file cut short', () => {
    const dir = completeBuild();
    fs.mkdirSync(path.join(dir, 'parks', 'p1'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'parks', 'p1', 'index.html'), '');
    const fragment = path.join(dir, 'pagefind', 'fragment', 'a.pf_fragment');
    fs.writeFileSync(fragment, fs.readFileSync(fragment).subarray(0, 8));
    expect(() => checkCompleteness(dir, [doc])).toThrow(
      /parks\/p1\/index.html: empty[\s\S]*a.pf_fragment .*unreadable/,
    );
  });
});
