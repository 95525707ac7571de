import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCommand } from '../../operations/rebuild-service/run-command.ts';
import { forEachOutputLine } from './output-lines.ts';

/** Writes `chunks` to a fresh stream one at a time and collects what forEachOutputLine yields. */
async function linesOf(chunks: Buffer[]): Promise<string[]> {
  const stream = new PassThrough();
  const lines: string[] = [];
  const done = forEachOutputLine([stream], (line) => lines.push(line));
  for (const chunk of chunks) {
    stream.write(chunk);
    await new Promise((resolve) => setImmediate(resolve));
  }
  stream.end();
  await done;
  return lines;
}

describe('forEachOutputLine', () => {
  it('joins a multi-byte character split across two chunks', async () => {
    const bytes = Buffer.from('[cms] 山东省 articles: 12\n', 'utf8');
    const cut = bytes.indexOf(Buffer.from('东', 'utf8')) + 1; // inside the three bytes of 东
    const lines = await linesOf([bytes.subarray(0, cut), bytes.subarray(cut)]);
    expect(lines).toEqual(['[cms] 山东省 articles: 12']);
    expect(lines.join('')).not.toContain('\uFFFD');
  });

  it('joins a line split across chunks and yields the last line without a newline', async () => {
    const lines = await linesOf([Buffer.from('first li'), Buffer.from('ne\r\nsecond\rthird\n\n  \nlast')]);
    expect(lines).toEqual(['first line', 'second', 'third', 'last']);
  });

  it('reads stdout and stderr, and skips a stream that is inherited (null)', async () => {
    const out = new PassThrough();
    const err = new PassThrough();
    const lines: string[] = [];
    const done = forEachOutputLine([out, null, err], (line) => lines.push(line));
    out.end('on stdout\n');
    err.end('on stderr\n');
    await done;
    expect(lines.sort()).toEqual(['on stderr', 'on stdout']);
  });
});

describe('runCommand (rebuild service)', () => {
  it('logs a Chinese line that the child writes in two pieces whole', async () => {
    // The child cuts 济南 between its bytes and pauses, so the parent gets two chunks.
    const script =
      "const b=Buffer.from('构建完成：济南\\n');process.stdout.write(b.subarray(0,16));" +
      'setTimeout(()=>process.stdout.write(b.subarray(16)),100)';
    const logged: string[] = [];
    const ok = await runCommand(`"${process.execPath}" -e "${script}"`, process.cwd(), (line) =>
      logged.push(line),
    );
    expect(ok).toBe(true);
    expect(logged).toEqual(['  │ 构建完成：济南']);
  });
});
