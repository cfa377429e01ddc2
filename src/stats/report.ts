/** The `--stats` table: phases by time, so a slow rule stands out at once. */
import type { PhaseStats } from './timer.js';

export function formatStats(stats: PhaseStats, wallMs: number, files: number): string {
  const rows = [...stats.phases].sort((a, b) => b[1].ms - a[1].ms);
  const total = rows.reduce((sum, [, t]) => sum + t.ms, 0);
  const width = Math.max(5, ...rows.map(([phase]) => phase.length));
  const lines = [
    `okrlint --stats: ${files} file${files === 1 ? '' : 's'} in ${wallMs.toFixed(0)} ms wall` +
      (stats.threads > 1 ? `; phase times are summed over ${stats.threads} threads` : ''),
    `${'phase'.padEnd(width)}  ${'time (ms)'.padStart(10)}  ${'share'.padStart(6)}  ${'calls'.padStart(8)}`,
  ];
  for (const [phase, { ms, calls }] of rows) {
    const share = total > 0 ? `${((ms / total) * 100).toFixed(1)}%` : '-';
    lines.push(`${phase.padEnd(width)}  ${ms.toFixed(1).padStart(10)}  ${share.padStart(6)}  ${String(calls).padStart(8)}`);
  }
  return `${lines.join('\n')}\n`;
}
