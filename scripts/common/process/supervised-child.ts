import type { ChildProcess } from 'node:child_process';
import { forEachOutputLine } from './output-lines.ts';

/** A long-running child this process owns: its recent output, whether it ended, how to stop it. */
export interface SupervisedChild {
  /** The last `lines` lines it printed (stdout and stderr), for error messages. */
  recentLog(lines?: number): string;
  /** True once the child has exited. */
  exited(): boolean;
  /** SIGTERM, then SIGKILL after 10 s; resolves when the child has exited (at once if it has). */
  stop(): Promise<void>;
}

/**
 * Watches a child spawned with piped stdout/stderr: hands each line to `onLog`, keeps the last
 * `keepLines`, and kills the child when this process exits, so no server is left orphaned.
 */
export function superviseChild(
  child: ChildProcess,
  options: { keepLines: number; onLog?: (line: string) => void },
): SupervisedChild {
  const log: string[] = [];
  forEachOutputLine([child.stdout, child.stderr], (line) => {
    log.push(line);
    if (log.length > options.keepLines) log.shift();
    options.onLog?.(line);
  });
  let exited = false;
  const killChild = () => child.kill('SIGTERM');
  process.once('exit', killChild);
  child.once('exit', () => {
    exited = true;
    process.off('exit', killChild);
  });
  return {
    recentLog: (lines = 40) => log.slice(-lines).join('\n'),
    exited: () => exited,
    async stop() {
      if (exited) return;
      const done = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await done;
      clearTimeout(timer);
    },
  };
}
