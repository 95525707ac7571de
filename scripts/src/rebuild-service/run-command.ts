import { spawn } from 'node:child_process';

/**
 * Runs a shell command (the rebuild, e.g. `pnpm run pipeline`) in `cwd`, passing each output line to
 * `log`. Resolves true on exit code 0; a non-zero exit is a failed rebuild, not an exception.
 */
export function runCommand(command: string, cwd: string, log: (line: string) => void): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, { cwd, shell: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const forward = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) log(`  │ ${line}`);
    };
    child.stdout.on('data', forward);
    child.stderr.on('data', forward);
    child.once('error', reject);
    child.once('close', (code, signal) => {
      if (code !== 0) log(`  └ \`${command}\` exited with ${signal ?? `code ${code}`}`);
      resolve(code === 0);
    });
  });
}
