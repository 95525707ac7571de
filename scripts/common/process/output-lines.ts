// A child's output arrives in chunks that can end inside a line or inside a UTF-8 character (a Chinese
// log line would otherwise come out with U+FFFD). readline decodes across chunks and yields whole lines.
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

/**
 * Passes each non-blank line printed on `streams` (a child's stdout and stderr; null when inherited)
 * to `onLine`, whole; resolves (never rejects) once every stream has ended.
 */
export async function forEachOutputLine(
  streams: ReadonlyArray<Readable | null | undefined>,
  onLine: (line: string) => void,
): Promise<void> {
  const ended = streams.flatMap((stream) => {
    if (!stream) return [];
    // `\r\n`, `\n` and a lone `\r` (progress output) all end a line.
    const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
    lines.on('line', (line) => {
      if (line.trim()) onLine(line);
    });
    // A failing pipe ends the output; the child's exit code is what reports the failure.
    return [new Promise<void>((resolve) => lines.once('close', resolve).once('error', () => resolve()))];
  });
  await Promise.all(ended);
}
