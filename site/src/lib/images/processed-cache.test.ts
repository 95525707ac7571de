import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { processedKey, readProcessed, writeProcessed } from './processed-cache.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('processed image cache', () => {
  it('keys by the source bytes and the transform, not by the URL', () => {
    const bytes = new Uint8Array([1, 2, 3]);
    const key = processedKey(bytes, { src: 'https://a/x.png', width: 320, format: 'webp' });
    expect(processedKey(bytes, { src: 'https://b/y.png', format: 'webp', width: 320 })).toBe(key);
    expect(processedKey(new Uint8Array([1, 2, 4]), { width: 320, format: 'webp' })).not.toBe(key);
    expect(processedKey(bytes, { width: 640, format: 'webp' })).not.toBe(key);
    expect(processedKey(bytes, { width: 320, format: 'avif' })).not.toBe(key);
  });

  it('reads back what was written and leaves no temporary file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'processed-cache-'));
    dirs.push(dir);
    const key = processedKey(new Uint8Array([9]), { width: 1, format: 'png' });
    expect(await readProcessed(dir, key)).toBeNull();
    await writeProcessed(dir, key, new Uint8Array([7, 7]));
    expect([...((await readProcessed(dir, key)) ?? [])]).toEqual([7, 7]);
    expect(fs.readdirSync(path.join(dir, key.slice(0, 2)))).toEqual([key]);
  });
});
