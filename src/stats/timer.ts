/**
 * Time per phase for `--stats`. Off by default: `timed` then costs one check per call.
 * Worker threads record their own phases and send them back to be merged.
 */
export interface PhaseTotal {
  ms: number;
  calls: number;
}

export type PhaseData = Record<string, PhaseTotal>;

export class PhaseStats {
  readonly phases = new Map<string, PhaseTotal>();
  /** Threads whose phases were merged in, the main thread included. */
  threads = 1;

  add(phase: string, ms: number, calls = 1): void {
    const total = this.phases.get(phase);
    if (total) {
      total.ms += ms;
      total.calls += calls;
    } else {
      this.phases.set(phase, { ms, calls });
    }
  }

  merge(data: PhaseData): void {
    for (const [phase, total] of Object.entries(data)) this.add(phase, total.ms, total.calls);
  }

  toData(): PhaseData {
    return Object.fromEntries([...this.phases].map(([phase, total]) => [phase, { ...total }]));
  }
}

let active: PhaseStats | undefined;

/** Starts recording into a fresh set of totals (one per run or worker thread). */
export function startStats(): PhaseStats {
  active = new PhaseStats();
  return active;
}

export function stopStats(): void {
  active = undefined;
}

export function activeStats(): PhaseStats | undefined {
  return active;
}

export function timed<T>(phase: string, work: () => T): T {
  if (!active) return work();
  const stats = active;
  const start = performance.now();
  try {
    return work();
  } finally {
    stats.add(phase, performance.now() - start);
  }
}

export async function timedAsync<T>(phase: string, work: () => Promise<T>): Promise<T> {
  if (!active) return work();
  const stats = active;
  const start = performance.now();
  try {
    return await work();
  } finally {
    stats.add(phase, performance.now() - start);
  }
}
