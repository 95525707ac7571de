import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PipelineError } from './errors.ts';
import { readLedger } from './ledger.ts';
import { pruneBuilds, publishBuild, rollback, switchCurrent } from './publish.ts';
import { currentBuildId, listBuildIds, siteRootLayout } from './site-root.ts';

const roots: string[] = [];

/** A SITE_ROOT with one finished build per id, each index.html naming its build. */
function siteRootWith(ids: string[]) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pipeline-publish-'));
  roots.push(root);
  const layout = siteRootLayout(root);
  for (const id of ids) {
    fs.mkdirSync(path.join(layout.buildsDir, id));
    fs.writeFileSync(path.join(layout.buildsDir, id, 'index.html'), `<p>${id}</p>`);
    fs.writeFileSync(path.join(layout.reportsDir, `${id}.json`), '{}');
  }
  return layout;
}

const served = (root: string) => fs.readFileSync(path.join(root, 'current', 'index.html'), 'utf8');

afterEach(() => {
  for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
});

describe('publish', () => {
  it('switches `current` to a published build and back by rollback, recording both', () => {
    const layout = siteRootWith(['2026-01-01', '2026-01-02']);
    publishBuild(layout, '2026-01-01');
    publishBuild(layout, '2026-01-02');
    expect(served(layout.root)).toBe('<p>2026-01-02</p>');
    expect(rollback(layout)).toMatchObject({
      from: '2026-01-02',
      to: '2026-01-01',
      reason: 'previous published build before 2026-01-02',
    });
    expect(served(layout.root)).toBe('<p>2026-01-01</p>');
    expect(currentBuildId(layout)).toBe('2026-01-01');
    expect(readLedger(layout.root).map((e) => `${e.how}:${e.id}`)).toEqual([
      'pipeline:2026-01-01',
      'pipeline:2026-01-02',
      'rollback:2026-01-01',
    ]);
  });

  it('never rolls back to a build folder that was not published', () => {
    const layout = siteRootWith(['a1', 'a2-rejected', 'a3']);
    publishBuild(layout, 'a1');
    publishBuild(layout, 'a3');
    expect(rollback(layout).to).toBe('a1');
    expect(served(layout.root)).toBe('<p>a1</p>');
  });

  it('skips builds rolled back from', () => {
    const layout = siteRootWith(['a1', 'a2', 'a3']);
    publishBuild(layout, 'a1');
    publishBuild(layout, 'a2');
    rollback(layout); // a2 was bad
    publishBuild(layout, 'a3');
    expect(rollback(layout).to).toBe('a1');
  });

  it('refuses to roll back past the oldest published build and leaves `current` alone', () => {
    const layout = siteRootWith(['2026-01-01']);
    publishBuild(layout, '2026-01-01');
    expect(() => rollback(layout)).toThrow(PipelineError);
    expect(served(layout.root)).toBe('<p>2026-01-01</p>');
  });

  it('rolls back a SITE_ROOT from before the ledger through the reports of published builds', () => {
    const layout = siteRootWith(['a1', 'a2-rejected', 'a3']);
    for (const id of ['a1', 'a3'])
      fs.writeFileSync(
        path.join(layout.reportsDir, `${id}.json`),
        JSON.stringify({ status: 'published', finishedAt: `${id}Z` }),
      );
    fs.rmSync(path.join(layout.reportsDir, 'a2-rejected.json'));
    switchCurrent(layout, 'a3');
    expect(rollback(layout)).toMatchObject({ to: 'a1', publishedAt: 'a1Z' });
  });

  it('refuses to publish a build without index.html', () => {
    const layout = siteRootWith(['2026-01-01']);
    fs.mkdirSync(path.join(layout.buildsDir, 'empty'));
    expect(() => switchCurrent(layout, 'empty')).toThrow(/no index.html/);
  });

  it('keeps the newest published builds, never the served one, and drops unpublished folders', () => {
    const layout = siteRootWith(['a1', 'a2', 'a3', 'a4', 'a5-unpublished']);
    for (const id of ['a1', 'a2', 'a3', 'a4']) publishBuild(layout, id);
    switchCurrent(layout, 'a1');
    expect(pruneBuilds(layout, 2)).toEqual(['a2', 'a5-unpublished']);
    expect(listBuildIds(layout)).toEqual(['a1', 'a3', 'a4']);
    expect(fs.existsSync(path.join(layout.reportsDir, 'a2.json'))).toBe(false);
    expect(served(layout.root)).toBe('<p>a1</p>');
  });
});
