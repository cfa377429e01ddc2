/** Point 7: `okrlint rules` shows each rule's presets and whether it is on in the current configuration. */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { makeProject, run } from './project.js';

function row(stdout: string, id: string): string[] {
  const line = stdout.split('\n').find((l) => l.startsWith(`${id} `));
  return (line ?? '').split(/\s{2,}|\s(?=\S)/).slice(0, 4);
}

describe('okrlint rules', () => {
  it('shows the recommended preset as current without a config', async () => {
    const outcome = await run(['rules'], makeProject({}));
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toMatch(/^rule\s+level\s+presets\s+current\s+description$/m);
    expect(row(outcome.stdout, 'objective-kr-count')).toEqual(['objective-kr-count', 'warn', 'recommended,strict,all', 'warn']);
    expect(row(outcome.stdout, 'kr-no-source')).toEqual(['kr-no-source', 'warn', 'strict,all', 'off']);
    expect(outcome.stdout).toContain('No configuration file: the recommended preset applies.');
  });

  it('reflects the config, --rule and overrides', async () => {
    const root = makeProject({ '.okrlintrc.yaml': 'rules:\n  objective-kr-count: error\noverrides:\n  - files: ["drafts/**"]\n    rules:\n      kr-duplicate: "off"\n' });
    const outcome = await run(['rules', '--rule', 'kr-no-source: error'], root);
    expect(row(outcome.stdout, 'objective-kr-count')[3]).toBe('error');
    expect(row(outcome.stdout, 'kr-no-source')[3]).toBe('error');
    expect(row(outcome.stdout, 'kr-duplicate')[3]).toBe('warn*');
    expect(outcome.stdout).toContain('* changed by overrides for some files; see okrlint --print-config FILE.');
  });

  it('lists built-in rules alphabetically, then plugin rules alphabetically', async () => {
    const examples = fileURLToPath(new URL('../../examples', import.meta.url));
    const outcome = await run(['rules'], examples);
    const ids = outcome.stdout.split('\n').slice(1).filter((line) => /^[a-z]/.test(line)).map((line) => line.split(' ')[0]!);
    const builtIn = ids.filter((id) => !id.includes('/'));
    const plugin = ids.filter((id) => id.includes('/'));
    expect(plugin.length).toBeGreaterThan(0);
    expect(ids).toEqual([...[...builtIn].sort(), ...[...plugin].sort()]);
  });

  it('says in its help which configuration options it honours', async () => {
    const outcome = await run(['rules', '--help'], makeProject({}));
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toMatch(/-c, --config <file>[\s\S]*--no-config[\s\S]*--rule <setting>/);
  });

  it('honours --no-config', async () => {
    const root = makeProject({ '.okrlintrc.yaml': 'rules:\n  objective-kr-count: error\n' });
    expect(row((await run(['rules', '--no-config'], root)).stdout, 'objective-kr-count')[3]).toBe('warn');
  });
});
