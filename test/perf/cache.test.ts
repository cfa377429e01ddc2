import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lintFiles, type LintOptions, type LintResult } from '../../src/api.js';
import { startStats, stopStats } from '../../src/stats/timer.js';

const PLATFORM = `period: 2027-Q4
team: Platform
objectives:
  - id: plat-deploys
    title: Let every team ship on a normal afternoon without fear
    key_results:
      - Raise deploys per engineer from 2 a week to 5 a week
      - Cut change failure rate from 14% to 6%
      - Cut rollback time from 25 minutes to 5 minutes
`;

const CHECKOUT = `period: 2027-Q4
team: Checkout
objectives:
  - id: co-conversion
    title: Make paying the easy part of buying
    aligns_to: plat-deploys
    key_results:
      - Raise checkout conversion from 61% to 68%
      - Cut payment errors from 3.2% to 1%
      - Write 4 design docs
`;

let dir: string;
let cacheDir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'okrlint-cache-'));
  cacheDir = join(dir, 'cache-dir/');
  writeFileSync(join(dir, 'platform.okr.yaml'), PLATFORM);
  writeFileSync(join(dir, 'checkout.okr.yaml'), CHECKOUT);
});

afterEach(() => {
  stopStats();
  rmSync(dir, { recursive: true, force: true });
});

/** Lints the directory; returns the results and how many files were parsed (not from the cache). */
async function run(options: LintOptions = {}): Promise<{ results: LintResult[]; parsed: number }> {
  const stats = startStats();
  const results = await lintFiles(['.'], { cwd: dir, config: false, concurrency: 'off', cache: cacheDir, ...options });
  stopStats();
  return { results, parsed: stats.phases.get('parse')?.calls ?? 0 };
}

const summary = (results: LintResult[]) => results.map((r) => ({ file: r.filePath.replace(dir, ''), messages: r.messages.map((m) => `${m.ruleId}@${m.line}:${m.column}`).sort() }));

describe('--cache', () => {
  it('reuses results of unchanged files and gives the same report', async () => {
    const cold = await run();
    expect(cold.parsed).toBe(2);
    const warm = await run();
    expect(warm.parsed).toBe(0);
    expect(warm.results).toEqual(cold.results);
  });

  it('re-lints a changed file and only that file', async () => {
    await run();
    writeFileSync(join(dir, 'checkout.okr.yaml'), CHECKOUT.replace('Write 4 design docs', 'Lift repeat purchases from 22% to 30%'));
    const after = await run();
    expect(after.parsed).toBe(1);
    const fresh = await lintFiles(['.'], { cwd: dir, config: false, concurrency: 'off' });
    expect(summary(after.results)).toEqual(summary(fresh));
  });

  it('keys results by configuration: another rule setting re-lints everything', async () => {
    await run();
    const changed = await run({ rules: { 'objective-kr-count': ['error', { min: 4, max: 5 }] } });
    expect(changed.parsed).toBe(2);
    expect(changed.results.flatMap((r) => r.messages).some((m) => m.ruleId === 'objective-kr-count')).toBe(true);
  });

  it('keeps the project pass correct when only another file changed', async () => {
    const before = await run();
    expect(before.results.flatMap((r) => r.messages).some((m) => m.ruleId === 'objective-unaligned')).toBe(false);
    // Checkout is unchanged (served from the cache) but the objective it aligns to is renamed.
    writeFileSync(join(dir, 'platform.okr.yaml'), PLATFORM.replace('plat-deploys', 'plat-delivery'));
    const after = await run();
    expect(after.parsed).toBe(1);
    const checkout = after.results.find((r) => r.filePath.endsWith('checkout.okr.yaml'))!;
    const unaligned = checkout.messages.filter((m) => m.ruleId === 'objective-unaligned');
    expect(unaligned).toHaveLength(1);
    // Placed on the aligns_to value of the cached file, without its YAML tree.
    expect([unaligned[0]!.line, unaligned[0]!.column]).toEqual([6, 16]);
    expect(unaligned[0]!.message).toContain('plat-deploys');
  });

  it('ignores a corrupt cache file and writes a good one', async () => {
    await run();
    const file = join(cacheDir, 'cache');
    // Still recognisably an okrlint cache (its header), so it may be replaced; a file that is not is refused (test/user-bugs/cache-location.test.ts).
    writeFileSync(file, 'okrlint-cache-3\nnot v8 data at all \u0000\u0001');
    const afterCorruption = await run();
    expect(afterCorruption.parsed).toBe(2);
    const again = await run();
    expect(again.parsed).toBe(0);
    expect(again.results).toEqual(afterCorruption.results);
  });

  it('ignores a truncated cache file', async () => {
    await run();
    const file = join(cacheDir, 'cache');
    writeFileSync(file, readFileSync(file).subarray(0, 40));
    expect((await run()).parsed).toBe(2);
  });

  it('writes atomically: no temporary files are left next to the cache', async () => {
    await run();
    await run({ rules: { 'objective-kr-count': 'off' } });
    expect(readdirSync(cacheDir)).toEqual(['cache']);
  });

  it('accepts a file path as the cache location', async () => {
    const file = join(dir, 'my-cache.bin');
    await run({ cache: file });
    expect(existsSync(file)).toBe(true);
    const stats = startStats();
    await lintFiles(['.'], { cwd: dir, config: false, concurrency: 'off', cache: file });
    expect(stats.phases.get('parse')?.calls ?? 0).toBe(0);
  });

  it('never caches files with okrlint directives, so their comments keep applying', async () => {
    writeFileSync(join(dir, 'checkout.okr.yaml'), CHECKOUT.replace('      - Write 4 design docs', '      # okrlint-disable-next-line\n      - Write 4 design docs'));
    const cold = await run();
    const warm = await run();
    expect(warm.parsed).toBe(1);
    expect(summary(warm.results)).toEqual(summary(cold.results));
  });
});

describe('--cache location problems', () => {
  it('refuses to replace a file that is not an okrlint cache, and leaves it as it was', async () => {
    const file = join(cacheDir, 'cache');
    await run();
    writeFileSync(file, 'not a cache at all \u0000\u0001');
    await expect(run()).rejects.toThrow(/^Refusing to overwrite ".*cache" with the cache: it is not an okrlint cache\. Choose another --cache-location, or delete the file\.$/);
    expect(readFileSync(file, 'utf8')).toBe('not a cache at all \u0000\u0001');
  });

  it('names an unwritable cache location in one line', async () => {
    const blocker = join(dir, 'not-a-directory');
    writeFileSync(blocker, 'a file where the cache directory should be');
    await expect(lintFiles(['.'], { cwd: dir, config: false, concurrency: 'off', cache: join(blocker, 'sub/') })).rejects.toThrow(
      /^Cannot write the cache ".*not-a-directory.sub.cache" \(\w+\); choose a writable --cache-location or drop --cache\.$/,
    );
  });
});
