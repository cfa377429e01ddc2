/**
 * --cache-location never replaces a file it does not own: not a file being linted, not any
 * other file that is not an okrlint cache, empty files included (an empty .okrlintrc.yaml was
 * once replaced). An okrlint cache that is truncated, corrupt or of an older format is still
 * rebuilt without a word.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { makeProject, okrFile, run } from '../config/project.js';

const HEADER = 'okrlint-cache-3\n';

function project(): string {
  return makeProject({ 'sales.okr.yaml': okrFile(3, 'Sales'), 'README.md': '# Our OKRs\n\nKept in YAML, linted by okrlint.\n' });
}

const lintWithCache = (root: string, location: string) => run(['sales.okr.yaml', '--no-config', '--cache', '--cache-location', location], root);

describe('--cache-location on a file that is not an okrlint cache', () => {
  it('refuses a file being linted: exit 2, one line naming it, the file untouched', async () => {
    const root = project();
    const before = readFileSync(join(root, 'sales.okr.yaml'));
    const outcome = await lintWithCache(root, 'sales.okr.yaml');
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toBe(`okrlint: Refusing to write the cache to "${join(root, 'sales.okr.yaml')}": it is one of the files being linted. Choose another --cache-location.\n`);
    expect(readFileSync(join(root, 'sales.okr.yaml'))).toEqual(before);
    expect(readdirSync(root).sort()).toEqual(['.git', 'README.md', 'sales.okr.yaml']);
  });

  it('refuses a linted file even when it is empty', async () => {
    const root = project();
    writeFileSync(join(root, 'empty.okr.yaml'), '');
    const outcome = await run(['.', '--no-config', '--cache', '--cache-location', 'empty.okr.yaml'], root);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toMatch(/^okrlint: Refusing to write the cache to ".*empty\.okr\.yaml": it is one of the files being linted/);
    expect(statSync(join(root, 'empty.okr.yaml')).size).toBe(0);
  });

  it('refuses any other file that is not an okrlint cache and leaves it as it was', async () => {
    const root = project();
    const before = readFileSync(join(root, 'README.md'), 'utf8');
    const outcome = await lintWithCache(root, 'README.md');
    expect(outcome.code).toBe(2);
    expect(outcome.stdout).toBe('');
    expect(outcome.stderr).toBe(`okrlint: Refusing to overwrite "${join(root, 'README.md')}" with the cache: it is not an okrlint cache. Choose another --cache-location, or delete the file.\n`);
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toBe(before);
  });

  it('refuses binary garbage too: only a recognisable okrlint cache is replaced', async () => {
    const root = project();
    const garbage = Buffer.from([0x00, 0x01, 0x02, 0xff, 0x10, 0x42]);
    writeFileSync(join(root, 'data.bin'), garbage);
    const outcome = await lintWithCache(root, 'data.bin');
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toMatch(/is not an okrlint cache/);
    expect(readFileSync(join(root, 'data.bin'))).toEqual(garbage);
  });

  it('refuses a device instead of replacing it', async () => {
    const outcome = await lintWithCache(project(), '/dev/null');
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toMatch(/^okrlint: Refusing to write the cache to "\/dev\/null": it is not a regular file/);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });
});

describe('--cache-location on an okrlint cache or nothing', () => {
  it('rebuilds a truncated okrlint cache silently', async () => {
    const root = project();
    const cold = await lintWithCache(root, 'okr.cache');
    const full = readFileSync(join(root, 'okr.cache'));
    expect(full.subarray(0, HEADER.length).toString()).toBe(HEADER);
    writeFileSync(join(root, 'okr.cache'), full.subarray(0, 40));
    const rebuilt = await lintWithCache(root, 'okr.cache');
    expect(rebuilt).toEqual(cold);
    expect(readFileSync(join(root, 'okr.cache')).length).toBe(full.length);
  });

  it('rebuilds an okrlint cache whose data is corrupt', async () => {
    const root = project();
    const cold = await lintWithCache(root, 'okr.cache');
    writeFileSync(join(root, 'okr.cache'), `${HEADER}this is not v8 data \u0000\u0001`);
    expect(await lintWithCache(root, 'okr.cache')).toEqual(cold);
    expect(readFileSync(join(root, 'okr.cache')).subarray(0, HEADER.length).toString()).toBe(HEADER);
  });

  it('rebuilds a cache of the previous format (2, no header)', async () => {
    const root = project();
    writeFileSync(join(root, 'okr.cache'), serialize({ format: 'okrlint-cache-2', build: 'older', entries: new Map() }));
    const outcome = await lintWithCache(root, 'okr.cache');
    expect(outcome.code).toBe(0);
    expect(outcome.stderr).toBe('');
    expect(readFileSync(join(root, 'okr.cache')).subarray(0, HEADER.length).toString()).toBe(HEADER);
  });

  it('creates a missing cache file', async () => {
    const root = project();
    const outcome = await lintWithCache(root, 'new.cache');
    expect([outcome.code, outcome.stderr]).toEqual([0, '']);
    expect(readFileSync(join(root, 'new.cache')).subarray(0, HEADER.length).toString()).toBe(HEADER);
  });

  it('refuses an empty file, such as an empty configuration file, and leaves it empty', async () => {
    const root = project();
    writeFileSync(join(root, '.okrlintrc.yaml'), '');
    const outcome = await run(['.', '--cache', '--cache-location', '.okrlintrc.yaml'], root);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toMatch(/^okrlint: Refusing to overwrite ".*\.okrlintrc\.yaml" with the cache: it is an empty file, not an okrlint cache\. Choose another --cache-location, or delete the file\.\n$/);
    expect(statSync(join(root, '.okrlintrc.yaml')).size).toBe(0);
  });

  it('keeps a directory location as documented: the file "cache" inside it', async () => {
    const root = project();
    expect((await lintWithCache(root, 'caches/')).code).toBe(0);
    expect(readdirSync(join(root, 'caches'))).toEqual(['cache']);
    // An existing directory, named without the trailing slash.
    expect((await lintWithCache(root, 'caches')).code).toBe(0);
    expect(readdirSync(join(root, 'caches'))).toEqual(['cache']);
    expect(existsSync(join(root, 'caches', 'cache'))).toBe(true);
  });
});

// A cache kept on another disk or shared between checkouts is often reached through a symlink.
describe('--cache-location on a symbolic link', () => {
  it('writes the cache through the link, which stays a link to the same file', async () => {
    const root = project();
    mkdirSync(join(root, 'store'));
    expect((await lintWithCache(root, 'store/okr.cache')).code).toBe(0);
    symlinkSync(join('store', 'okr.cache'), join(root, 'okr.cache'));
    writeFileSync(join(root, 'sales.okr.yaml'), okrFile(2, 'Sales'));
    const before = readFileSync(join(root, 'store', 'okr.cache'));

    const outcome = await lintWithCache(root, 'okr.cache');
    expect(outcome.stderr).toBe('');
    expect(lstatSync(join(root, 'okr.cache')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(root, 'okr.cache'))).toBe(join('store', 'okr.cache'));
    const after = readFileSync(join(root, 'store', 'okr.cache'));
    expect(after.subarray(0, HEADER.length).toString()).toBe(HEADER);
    expect(after.equals(before)).toBe(false);
    expect(readdirSync(join(root, 'store'))).toEqual(['okr.cache']);
  });

  it('refuses a link to a path that does not exist, and leaves it as it was', async () => {
    const root = project();
    symlinkSync(join('store', 'okr.cache'), join(root, 'okr.cache'));
    const outcome = await lintWithCache(root, 'okr.cache');
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toBe(`okrlint: Refusing to write the cache to "${join(root, 'okr.cache')}": it is a symbolic link to a path that does not exist. Choose another --cache-location.\n`);
    expect(lstatSync(join(root, 'okr.cache')).isSymbolicLink()).toBe(true);
    expect(existsSync(join(root, 'store'))).toBe(false);
  });
});
