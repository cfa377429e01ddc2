/** Running okrlint init a second time refuses in one clear line that names the existing file. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeProject, run } from '../config/project.js';

describe('okrlint init, twice', () => {
  it('keeps the first files and says which file exists and what to do', async () => {
    const root = makeProject({});
    expect((await run(['init'], root)).code).toBe(0);
    writeFileSync(join(root, '.okrlintrc.yaml'), 'preset: strict\n');
    const again = await run(['init'], root);
    expect(again.code).toBe(2);
    expect(again.stdout).toBe('');
    expect(again.stderr).toBe('okrlint: A configuration already exists here: .okrlintrc.yaml. okrlint init wrote nothing; edit that file instead.\n');
    expect(readFileSync(join(root, '.okrlintrc.yaml'), 'utf8')).toBe('preset: strict\n');
  });
});
