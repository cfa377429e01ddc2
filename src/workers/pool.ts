/**
 * Spreads files over worker threads while the main thread lints too. Files go out in small
 * chunks, two per worker in flight, so a slow chunk never leaves a core idle. A worker that
 * fails or cannot start hands its chunks back to the main thread: a run never depends on one.
 */
import { Worker } from 'node:worker_threads';
import type { PhaseData } from '../stats/timer.js';
import type { FromWorker, ToWorker, WorkerOutcome, WorkerSetup } from './protocol.js';

export interface Task {
  index: number;
  file: string;
}

export interface PoolCallbacks {
  /** Lints a chunk on the main thread. */
  lintHere(tasks: Task[]): Promise<void>;
  /** A file linted (or deferred) by a worker. */
  accept(outcome: WorkerOutcome): void;
}

const WORKER_URL = new URL('./worker.js', import.meta.url);
const CHUNKS_IN_FLIGHT = 2;

/** Workers run compiled JavaScript; from TypeScript sources (tests, tsx) there is none to start. */
export function workersAvailable(): boolean {
  return !import.meta.url.endsWith('.ts');
}

export async function lintWithWorkers(tasks: Task[], workerCount: number, setup: WorkerSetup, callbacks: PoolCallbacks): Promise<PhaseData[]> {
  const chunkSize = Math.max(4, Math.min(50, Math.ceil(tasks.length / ((workerCount + 1) * 8))));
  const queue: Task[][] = [];
  for (let i = 0; i < tasks.length; i += chunkSize) queue.push(tasks.slice(i, i + chunkSize));
  const stats: PhaseData[] = [];
  const running = Array.from({ length: workerCount }, () => runWorker(queue, setup, callbacks, stats));
  // The main thread takes chunks too, yielding between them so worker replies are handled.
  while (queue.length > 0) {
    await callbacks.lintHere(queue.shift()!);
    await new Promise((resolve) => setImmediate(resolve));
  }
  const leftovers = (await Promise.all(running)).flat();
  for (const chunk of leftovers) await callbacks.lintHere(chunk);
  return stats;
}

/** Resolves with the chunks it could not finish (the worker failed), for the main thread. */
function runWorker(queue: Task[][], setup: WorkerSetup, callbacks: PoolCallbacks, stats: PhaseData[]): Promise<Task[][]> {
  return new Promise((resolve) => {
    const inFlight: Task[][] = [];
    let settled = false;
    let worker: Worker;
    const finish = (unfinished: Task[][]) => {
      if (settled) return;
      settled = true;
      resolve(unfinished);
      void worker?.terminate();
    };
    try {
      worker = new Worker(WORKER_URL, { workerData: setup });
    } catch {
      resolve([]);
      return;
    }
    const post = (message: ToWorker) => worker.postMessage(message);
    const feed = () => {
      while (inFlight.length < CHUNKS_IN_FLIGHT && queue.length > 0) {
        const chunk = queue.shift()!;
        inFlight.push(chunk);
        post({ type: 'lint', tasks: chunk });
      }
      if (inFlight.length === 0) post({ type: 'finish' });
    };
    worker.on('message', (message: FromWorker) => {
      if (message.type === 'ready') feed();
      else if (message.type === 'linted') {
        inFlight.shift();
        message.outcomes.forEach(callbacks.accept);
        feed();
      } else if (message.type === 'finished') {
        if (message.stats) stats.push(message.stats);
        finish([]);
      } else finish(inFlight.splice(0));
    });
    worker.on('error', () => finish(inFlight.splice(0)));
    worker.on('exit', () => finish(inFlight.splice(0)));
  });
}
