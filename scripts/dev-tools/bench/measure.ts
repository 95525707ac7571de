import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { forEachOutputLine } from '../../common/process/output-lines.ts';

/** Wall time and peak resident memory of one stage, with its process tree. */
export interface StageResult {
  stage: string;
  wallMs: number;
  peakRssMb: number;
  /** Items the stage handled (documents loaded or fetched, pages built or indexed). */
  items: number;
  unit: string;
}

function readRssKb(pid: number): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

function childrenOf(pid: number): number[] {
  try {
    return fs
      .readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

/** Resident memory of a process and all its descendants, in kB. */
export function treeRssKb(pid: number): number {
  return readRssKb(pid) + childrenOf(pid).reduce((sum, child) => sum + treeRssKb(child), 0);
}

/**
 * Runs a command as a child process, sampling its process tree's memory every 200 ms; passes each
 * output line to `onLine` (progress goes to the terminal). Rejects when the command fails.
 */
export async function runMeasured(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; onLine?: (line: string) => void },
): Promise<{ wallMs: number; peakRssMb: number; output: string[] }> {
  const started = Date.now();
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const killChild = () => child.kill('SIGTERM');
  process.once('exit', killChild);
  let peakKb = 0;
  const timer = setInterval(() => {
    if (child.pid) peakKb = Math.max(peakKb, treeRssKb(child.pid));
  }, 200);
  const output: string[] = [];
  forEachOutputLine([child.stdout, child.stderr], (line) => {
    output.push(line);
    if (output.length > 400) output.shift();
    options.onLine?.(line);
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  process.off('exit', killChild);
  clearInterval(timer);
  if (code !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (exit ${code})\n${output.slice(-30).join('\n')}`);
  }
  return { wallMs: Date.now() - started, peakRssMb: Math.round(peakKb / 1024), output };
}

/** Memory of a running process tree sampled until `stop` is called (for a long-lived server). */
export function sampleTree(pid: number): { stop(): number } {
  let peakKb = treeRssKb(pid);
  const timer = setInterval(() => {
    peakKb = Math.max(peakKb, treeRssKb(pid));
  }, 200);
  return {
    stop() {
      clearInterval(timer);
      return Math.round(Math.max(peakKb, treeRssKb(pid)) / 1024);
    },
  };
}

/** Formats stage results as an aligned text table. */
export function formatTable(results: StageResult[]): string {
  const rows = results.map((r) => [
    r.stage,
    `${(r.wallMs / 1000).toFixed(1)} s`,
    `${r.peakRssMb} MB`,
    `${r.items} ${r.unit}`,
    `${(r.items / (r.wallMs / 1000)).toFixed(1)}/s`,
  ]);
  const header = ['stage', 'wall time', 'peak memory', 'items', 'rate'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]?.length ?? 0)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
