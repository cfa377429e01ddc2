/** The built binary reads the examples' configuration, plugin included (needs `npm run build`). */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = resolve(fileURLToPath(import.meta.url), '../../..');
const okrlint = (args: string[], cwd: string) => spawnSync(process.execPath, [join(repoRoot, 'bin/okrlint.js'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

describe('bin/okrlint.js with a configuration', () => {
  it('prints the examples configuration with the local plugin and the override', () => {
    const examples = join(repoRoot, 'examples');
    const outcome = okrlint(['--print-config', '2027-q1/company.okr.yaml'], examples);
    expect(outcome.stderr).toBe('');
    expect(outcome.status).toBe(0);
    const printed = JSON.parse(outcome.stdout);
    expect(printed.configFile).toBe(join(examples, '.okrlintrc.yaml'));
    expect(printed.plugins.map((p: { name: string }) => p.name)).toEqual(['house-style']);
    expect(printed.rules['house-style/kr-max-words']).toEqual(['warn', { max: 13 }]);
    expect([printed.rules['kr-no-source']].flat()[0], 'the company override turns a strict rule on').toBe('warn');
  }, 30_000);

  it('fails with one line and exit 2 on a missing --config file', () => {
    const outcome = okrlint(['--config', 'missing.yaml', 'examples'], repoRoot);
    expect(outcome.status).toBe(2);
    expect(outcome.stderr).toBe('okrlint: Cannot read config file "missing.yaml": no such file (looked for missing.yaml).\n');
  }, 30_000);
});
