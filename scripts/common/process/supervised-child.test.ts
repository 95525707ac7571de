import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { superviseChild } from './supervised-child.ts';

const node = (script: string) =>
  spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });

describe('superviseChild', () => {
  it('keeps only the last lines, from stdout and stderr, and hands each to onLog', async () => {
    const child = node("for (let i = 1; i <= 5; i++) console.log('行' + i); console.error('错误');");
    const seen: string[] = [];
    const supervised = superviseChild(child, { keepLines: 3, onLog: (line) => seen.push(line) });
    await new Promise((resolve) => child.once('close', resolve));
    expect(supervised.exited()).toBe(true);
    expect(seen).toHaveLength(6);
    expect(supervised.recentLog().split('\n')).toHaveLength(3);
    expect(supervised.recentLog()).toContain('错误');
    await supervised.stop();
  });

  it('stops a child that keeps running, and stop() after exit returns at once', async () => {
    const child = node("console.log('up'); setInterval(() => {}, 1000);");
    const supervised = superviseChild(child, { keepLines: 10 });
    await new Promise((resolve) => child.stdout?.once('data', resolve));
    expect(supervised.exited()).toBe(false);
    await supervised.stop();
    expect(supervised.exited()).toBe(true);
    expect(child.signalCode).toBe('SIGTERM');
    await supervised.stop();
  });
});
