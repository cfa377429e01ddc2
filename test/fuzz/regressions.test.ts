/**
 * Every failure the fuzzer found, kept as a named test (rerun the fuzzer with the seed
 * given to see the original report).
 */
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/api.js';

describe('fuzz regressions', () => {
  it('a merge key inside a complex (collection) key does not throw while checking for duplicate keys (npm run fuzz, seed 2026)', () => {
    const [result] = lintText('? <<: $1.2M:p95 < 300ms12:30:00yes\\u', { preset: 'all' });
    expect(result!.messages).toMatchObject([{ ruleId: 'yaml/syntax', line: 1, message: expect.stringContaining('Merge sources must be maps') }]);
  });
});

describe('fuzz regressions on the command line', () => {
  it('a configuration file with a mapping as a key prints no Node warning (npm run fuzz, seed 2026)', async () => {
    const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { main } = await import('../../src/cli.js');
    const dir = mkdtempSync(join(tmpdir(), 'okrlint-regression-'));
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(w.message);
    process.on('warning', onWarning);
    try {
      writeFileSync(join(dir, 'team.okr.yaml'), 'period: 2027-Q2\nteam: T\nobjectives: []\n');
      writeFileSync(join(dir, 'cfg.yaml'), '? { demos: 1 }\n: x\n');
      let stderr = '';
      const code = await main(['--config', 'cfg.yaml', 'team.okr.yaml'], { stdout: () => undefined, stderr: (t) => void (stderr += t), cwd: dir, env: {}, stdoutIsTTY: false });
      await new Promise((r) => setImmediate(r));
      expect(code).toBe(2);
      expect(stderr).toMatch(/^okrlint: /);
      expect(warnings).toEqual([]);
    } finally {
      process.off('warning', onWarning);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
