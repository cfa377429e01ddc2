/** The --report-unused-disable-directives flag never weakens the configuration's "error". */
import { describe, expect, it } from 'vitest';
import { makeProject, okrFile, run } from '../config/project.js';

const STALE = `# okrlint-disable-next-line\n${okrFile(3)}`;

describe('unused disable directives: flag and configuration together', () => {
  it('a configured error stays an error (exit 1) when the flag is added', async () => {
    const root = makeProject({ 'pay.okr.yaml': STALE, '.okrlintrc.yaml': 'reportUnusedDisableDirectives: error\n' });
    const withoutFlag = await run(['.'], root);
    expect(withoutFlag.stdout).toMatch(/error\s+Unused okrlint-disable-next-line comment/);
    expect(withoutFlag.code).toBe(1);
    const withFlag = await run(['--report-unused-disable-directives', '.'], root);
    expect(withFlag.stdout).toMatch(/error\s+Unused okrlint-disable-next-line comment/);
    expect(withFlag.stdout).not.toMatch(/warning\s+Unused/);
    expect(withFlag.code).toBe(1);
  });

  it('the flag alone reports a warning (exit 0); a configured "off" is raised to a warning', async () => {
    const root = makeProject({ 'pay.okr.yaml': STALE, '.okrlintrc.yaml': 'reportUnusedDisableDirectives: "off"\n' });
    const outcome = await run(['--report-unused-disable-directives', '.'], root);
    expect(outcome.stdout).toMatch(/warning\s+Unused okrlint-disable-next-line comment/);
    expect(outcome.code).toBe(0);
  });

  it('--report-unused-disable-directives-severity sets the level, replacing the configuration', async () => {
    const root = makeProject({ 'pay.okr.yaml': STALE, '.okrlintrc.yaml': 'reportUnusedDisableDirectives: warn\n' });
    const error = await run(['--report-unused-disable-directives-severity', 'error', '.'], root);
    expect(error.stdout).toMatch(/error\s+Unused okrlint-disable-next-line comment/);
    expect(error.code).toBe(1);
    const off = await run(['--report-unused-disable-directives-severity', 'off', '.'], root);
    expect(off.stdout).not.toContain('Unused okrlint-disable');
    expect(off.code).toBe(0);
    const bad = await run(['--report-unused-disable-directives-severity', 'loud', '.'], root);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('okrlint: --report-unused-disable-directives-severity expects off, warn or error, got "loud".\n');
  });
});
