/**
 * Reads files ahead of the linter: a few reads are always in flight, so the thread pool's
 * round trips overlap with linting instead of leaving the CPU idle between files.
 */
import { relative } from 'node:path';
import { readSource, type ReadOutcome } from '../files/read.js';

const IN_FLIGHT = 16;

export async function* readAhead(
  files: readonly string[],
  cwd: string,
  maxFileSize: number | undefined,
): AsyncGenerator<{ position: number; file: string; source: ReadOutcome }> {
  const pending: Promise<ReadOutcome>[] = [];
  const start = (i: number) => readSource(files[i]!, relative(cwd, files[i]!) || files[i]!, { maxFileSize });
  for (let i = 0; i < Math.min(IN_FLIGHT, files.length); i++) pending.push(start(i));
  for (let i = 0; i < files.length; i++) {
    const source = await pending[i]!;
    delete pending[i];
    if (i + IN_FLIGHT < files.length) pending[i + IN_FLIGHT] = start(i + IN_FLIGHT);
    yield { position: i, file: files[i]!, source };
  }
}
