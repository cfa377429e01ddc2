// Which code an installed package runs: npm writes a package's files in tarball order, so file
// times say nothing there about which build is newer (bin/okrlint.js, src/cli-bundle.cts).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const SPAWN_TIMEOUT = 60_000;
let copy: string;

/** A package as npm installs it (package.json "files"), no sources; the compiled CLI refuses to run. */
beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'okrlint-installed-'));
  for (const part of ['bin', 'dist', 'schema', 'package.json']) cpSync(join(ROOT, part), join(copy, part), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
  const compiledCli = join(copy, 'dist/src/cli.js');
  writeFileSync(compiledCli, "throw new Error('the unbundled sources ran');\n");
  const later = new Date(Date.now() + 60_000);
  utimesSync(compiledCli, later, later); // unpacked after the bundle, as npm may write it
});

afterAll(() => rmSync(copy, { recursive: true, force: true }));

const lint = () =>
  spawnSync(process.execPath, [join(copy, 'bin/okrlint.js'), join(ROOT, 'examples/2027-q1/sales.okr.yaml'), '--no-config', '--no-color'], { encoding: 'utf8' });

describe('an installed package', () => {
  it('runs the bundle even when its compiled sources look newer', () => {
    const run = lint();
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('kr-activity-weighted');
  }, SPAWN_TIMEOUT);

  it('uses the code cache only with the bundle build it was taken from', () => {
    const loader = join(copy, 'dist/src/cli-bundle.cjs');
    const accepted = () =>
      spawnSync(process.execPath, ['-e', `process.stdout.write(String(require(${JSON.stringify(loader)}).loadBundle().cacheAccepted))`], { encoding: 'utf8' }).stdout;
    expect(accepted()).toBe('true');
    const cacheFile = join(copy, 'dist/bundle/okrlint.code-cache');
    const cache = readFileSync(cacheFile);
    writeFileSync(cacheFile, Buffer.concat([Buffer.from('//okrlint-build:another-build\n'), cache.subarray(cache.indexOf(10) + 1)]));
    expect(accepted()).toBe('false');
    expect(lint().status).toBe(1); // still lints, compiling as it goes
  }, SPAWN_TIMEOUT);

  it('in a checkout, runs the compiled sources when they are newer than the bundle (a plain tsc rebuild)', () => {
    mkdirSync(join(copy, 'src'));
    writeFileSync(join(copy, 'src/cli.ts'), '');
    try {
      expect(lint().stderr).toContain('the unbundled sources ran');
    } finally {
      rmSync(join(copy, 'src'), { recursive: true, force: true });
    }
  }, SPAWN_TIMEOUT);
});
