/**
 * A lint worker thread: resolves the run's configuration once, then lints the chunks of files
 * the main thread sends and returns each file's result and project-pass input.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadConfiguration } from '../api.js';
import { LinterPool } from '../config/linter-pool.js';
import { startStats } from '../stats/timer.js';
import { lintSource, mustStayOnMainThread } from './lint-one.js';
import type { FromWorker, ToWorker, WorkerOutcome, WorkerSetup } from './protocol.js';
import { readAhead } from './read-ahead.js';
import { countsOf } from './result-spool.js';

const setup = workerData as WorkerSetup;
const port = parentPort!;
const send = (message: FromWorker) => port.postMessage(message);

async function start(): Promise<void> {
  const stats = setup.stats ? startStats() : undefined;
  const config = await loadConfiguration({ cwd: setup.cwd, config: setup.config, preset: setup.preset, rules: setup.rules });
  const pool = new LinterPool(config, setup.reportUnusedDisableDirectives);
  // Chunks are handled one at a time, in arrival order.
  let queue = Promise.resolve();
  port.on('message', (message: ToWorker) => {
    queue = queue.then(async () => {
      if (message.type === 'finish') {
        send({ type: 'finished', ...(stats ? { stats: stats.toData() } : {}) });
        port.close();
        return;
      }
      const outcomes: WorkerOutcome[] = [];
      const files = message.tasks.map((t) => t.file);
      for await (const { position, file, source } of readAhead(files, setup.cwd, setup.maxFileSize)) {
        const index = message.tasks[position]!.index;
        // Sent back without a result: the main thread lints it (see mustStayOnMainThread).
        if (mustStayOnMainThread(source)) outcomes.push({ index, deferred: true });
        else {
          const { result, ...rest } = lintSource(pool, index, file, source, setup.cache);
          outcomes.push({ ...rest, json: JSON.stringify(result), counts: countsOf(result) });
        }
      }
      send({ type: 'linted', outcomes });
    }).catch((error: unknown) => send({ type: 'failed', message: error instanceof Error ? error.message : String(error) }));
  });
  send({ type: 'ready' });
}

start().catch((error: unknown) => send({ type: 'failed', message: error instanceof Error ? error.message : String(error) }));
