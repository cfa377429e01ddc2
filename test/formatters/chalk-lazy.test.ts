/** chalk is imported only for a coloured report: a non-TTY run (pre-commit) never loads it. */
import { describe, expect, it, vi } from 'vitest';
import { makeProject, okrFile, run } from '../config/project.js';

const loads = vi.hoisted(() => ({ count: 0 }));
vi.mock('chalk', async (importOriginal) => {
  loads.count++;
  return importOriginal();
});

describe('chalk loading', () => {
  it('is not loaded without colour, and is with --color', async () => {
    const root = makeProject({ 'ops.okr.yaml': okrFile(2, 'Ops') });
    await run(['ops.okr.yaml'], root);
    expect(loads.count).toBe(0);
    const coloured = await run(['--color', 'ops.okr.yaml'], root);
    expect(loads.count).toBe(1);
    expect(coloured.stdout).toContain('\u001B[33mwarning\u001B[39m');
  });
});
