import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PipelineError } from './errors.ts';
import { pruneBuilds, rollback, switchCurrent } from './publish.ts';
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
  it('switches `current` to a build and back by rollback', () => {
    const layout = siteRootWith(['2026-01-01', '2026-01-02']);
    switchCurrent(layout, '2026-01-01');
    switchCurrent(layout, '2026-01-02');
    expect(served(layout.root)).toBe('<p>2026-01-02</p>');
    expect(rollback(layout)).toEqual({ from: '2026-01-02', to: '2026-01-01' });
    expect(served(layout.root)).toBe('<p>2026-01-01</p>');
    expect(currentBuildId(layout)).toBe('2026-01-01');
  });

  it('refuses to roll back past the oldest build and leaves `current` alone', () => {
    const layout = siteRootWith(['2026-01-01']);
    switchCurrent(layout, '2026-01-01');
    expect(() => rollback(layout)).toThrow(PipelineError);
    expect(served(layout.root)).toBe('<p>2026-01-01</p>');
  });

  it('refuses to publish a build without index.html', () => {
    const layout = siteRootWith(['2026-01-01']);
    fs.mkdirSync(path.join(layout.buildsDir, 'empty'));
    expect(() => switchCurrent(layout, 'empty')).toThrow(/no index.html/);
  });

  it('keeps the newest builds and never removes the served one', () => {
    const layout = siteRootWith(['a1', 'a2', 'a3', 'a4']);
    switchCurrent(layout, 'a1');
    expect(pruneBuilds(layout, 2)).toEqual(['a2']);
    expect(listBuildIds(layout)).toEqual(['a1', 'a3', 'a4']);
    expect(fs.existsSync(path.join(layout.reportsDir, 'a2.json'))).toBe(false);
    expect(served(layout.root)).toBe('<p>a1</p>');
  });
});
