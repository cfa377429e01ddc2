/** Point 7: okrlint init writes a starter config and a sample, and never overwrites anything. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_FILE, SAMPLE_FILE } from '../src/commands/init.js';
import { makeProject, run } from './config/project.js';

describe('okrlint init', () => {
  it('writes a config that validates and a sample OKR file with no errors under it', async () => {
    const root = makeProject({});
    const outcome = await run(['init'], root);
    expect(outcome).toEqual({ code: 0, stderr: '', stdout: `Wrote ${CONFIG_FILE} and ${SAMPLE_FILE}.\nNext: npx okrlint okrs/   (okrlint rules lists every rule; okrlint explain <rule-id> says why)\n` });
    expect(readFileSync(join(root, CONFIG_FILE), 'utf8')).toContain('okrlint:recommended');
    const lint = await run(['-f', 'json', 'okrs/'], root);
    expect(lint.stderr).toBe('');
    const [result] = JSON.parse(lint.stdout);
    expect(result.messages.filter((m: { ruleId: string }) => m.ruleId === 'schema' || m.ruleId?.startsWith('yaml/'))).toEqual([]);
    expect(result.errorCount).toBe(0);
  });

  it('refuses when a config already exists, writing nothing', async () => {
    const root = makeProject({ '.okrlintrc.json': '{}' });
    const outcome = await run(['init'], root);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toBe('okrlint: A configuration already exists here: .okrlintrc.json. okrlint init wrote nothing; edit that file instead.\n');
    expect(existsSync(join(root, SAMPLE_FILE))).toBe(false);
  });

  it('counts an okrlint key in package.json as a config, but not a plain package.json', async () => {
    const withKey = makeProject({ 'package.json': '{ "okrlint": {} }' });
    expect((await run(['init'], withKey)).stderr).toBe('okrlint: A configuration already exists here: package.json ("okrlint" key). okrlint init wrote nothing; edit that file instead.\n');
    const plain = makeProject({ 'package.json': '{ "name": "okrs" }' });
    expect((await run(['init'], plain)).code).toBe(0);
  });

  it('refuses when the sample file exists, leaving it untouched and writing no config', async () => {
    const root = makeProject({ [SAMPLE_FILE]: 'mine\n' });
    const outcome = await run(['init'], root);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toBe(`okrlint: ${SAMPLE_FILE} already exists. okrlint init wrote nothing; move it away or lint it as it is.\n`);
    expect(readFileSync(join(root, SAMPLE_FILE), 'utf8')).toBe('mine\n');
    expect(existsSync(join(root, CONFIG_FILE))).toBe(false);
  });

  it('refuses a second run', async () => {
    const root = makeProject({});
    expect((await run(['init'], root)).code).toBe(0);
    expect((await run(['init'], root)).code).toBe(2);
  });
});
