import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { checkDrop, verifyBuild } from './verify.ts';

const roots: string[] = [];

function write(root: string, file: string, content: string | Buffer) {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), content);
}

/** A tiny build: a home page linking to one article, and a Pagefind fragment for it. */
function tinyBuild(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pipeline-verify-'));
  roots.push(root);
  write(root, 'index.html', '<a href="/articles/jinan/">济南</a>');
  write(root, 'articles/jinan/index.html', '<a href="/">home</a>');
  const fragment = `pagefind_dcd${JSON.stringify({ url: '/articles/jinan/', content: '济南\u200b高新区\u200b投资' })}`;
  write(root, 'pagefind/fragment/zh_1.pf_fragment', gzipSync(fragment));
  return root;
}

const base = {
  siteUrl: 'https://example.test',
  searchQuery: '高新区',
  previousPageCount: null,
  maxDrop: 0.1,
  allowDrop: false,
};
const doc = { collection: 'articles', locale: 'zh-Hans', documentId: 'd1', slug: 'jinan', updatedAt: 'x' };

afterEach(() => {
  for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
});

describe('verifyBuild', () => {
  it('passes a complete build and counts what it checked', () => {
    expect(verifyBuild({ ...base, buildDir: tinyBuild(), documents: [doc] })).toEqual({
      pageCount: 2,
      linksChecked: 2,
      documentPages: 1,
      searchHits: 1,
      allowedDrop: null,
    });
  });

  it('fails on a broken internal link, naming the page', () => {
    const root = tinyBuild();
    write(root, 'index.html', '<a href="/parks/gone/">x</a>');
    expect(() => verifyBuild({ ...base, buildDir: root, documents: [doc] })).toThrow(/\/ → \/parks\/gone\//);
  });

  it('fails when a published document has no page', () => {
    const missing = { ...doc, locale: 'en', documentId: 'd2' };
    expect(() => verifyBuild({ ...base, buildDir: tinyBuild(), documents: [missing] })).toThrow(
      /articles d2 \(en\) → \/en\/articles\/jinan\/index.html/,
    );
  });

  it('fails when the search index lacks the known term', () => {
    expect(() => verifyBuild({ ...base, buildDir: tinyBuild(), documents: [], searchQuery: '烟台' })).toThrow(
      /"烟台"/,
    );
  });

  it('fails on a page count drop above the limit unless allowed', () => {
    expect(() =>
      verifyBuild({ ...base, buildDir: tinyBuild(), documents: [], previousPageCount: 3 }),
    ).toThrow(/Page count dropped from 3 to 2/);
    expect(
      verifyBuild({ ...base, buildDir: tinyBuild(), documents: [], previousPageCount: 3, allowDrop: true })
        .pageCount,
    ).toBe(2);
  });
});

describe('checkDrop', () => {
  const check = { what: 'Pages', step: 'verify' as const, maxDrop: 0.1, allowDrop: false };
  it('allows a drop up to the limit and the first build', () => {
    expect(() => checkDrop({ ...check, now: 90, previous: 100 })).not.toThrow();
    expect(() => checkDrop({ ...check, now: 1, previous: null })).not.toThrow();
  });
  it('rejects a drop above the limit', () => {
    expect(() => checkDrop({ ...check, now: 89, previous: 100 })).toThrow(/−11.0%, limit 10%/);
  });
});
