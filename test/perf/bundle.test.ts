// The CLI bundle and its code cache (scripts/bundle.mjs, src/cli-bundle.cts), as built by `npm run build`.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const LOADER = pathToFileURL(resolve(ROOT, 'dist/src/cli-bundle.cjs')).href;
const SOURCES = pathToFileURL(resolve(ROOT, 'dist/src/cli.js')).href;
const SPAWN_TIMEOUT = 60_000;

/** Runs `script` (an ES module body) in a fresh Node, as the bin would run, and returns its stdout. */
function node(script: string): string {
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  return run.stdout;
}

/** The report of `args` in `cwd` through main() of the bundle or of the compiled sources, with exit code. */
const reportScript = (mainFrom: string, args: string[], cwd: string) => `
  ${mainFrom}
  let out = '';
  const io = { stdout: (t) => { out += t; }, stderr: (t) => { out += t; }, cwd: ${JSON.stringify(cwd)}, env: {}, stdoutIsTTY: false };
  const code = await main(${JSON.stringify(args)}, io);
  process.stdout.write(JSON.stringify({ code, out }));`;
const fromBundle = `const { main } = (await import(${JSON.stringify(LOADER)})).loadBundle().exports;`;
const fromSources = `const { main } = await import(${JSON.stringify(SOURCES)});`;

describe('CLI bundle', () => {
  it('V8 accepts the code cache the build took, in a fresh process', () => {
    expect(node(`process.stdout.write(String((await import(${JSON.stringify(LOADER)})).loadBundle().cacheAccepted));`)).toBe('true');
  }, SPAWN_TIMEOUT);

  it('a one-file run loads no module file besides the loader: natural, picomatch and the rest come from the bundle', () => {
    const loaded = node(`
      const { main } = (await import(${JSON.stringify(LOADER)})).loadBundle().exports;
      const io = { stdout() {}, stderr() {}, cwd: ${JSON.stringify(ROOT)}, env: {}, stdoutIsTTY: false };
      const code = await main(['examples/2027-q1/sales.okr.yaml', '--no-config'], io);
      const { createRequire } = await import('node:module');
      process.stdout.write(JSON.stringify({ code, loaded: Object.keys(createRequire(import.meta.url).cache) }));`);
    expect(JSON.parse(loaded)).toEqual({ code: 1, loaded: [resolve(ROOT, 'dist/src/cli-bundle.cjs')] });
  }, SPAWN_TIMEOUT);

  it.each([
    ['the examples with their configuration and local plugin (an ES module), stylish', 'examples', ['.', '--no-color'], 'house-style/kr-max-words'],
    ['the examples without configuration, json', '.', ['examples/', '--no-config', '-f', 'json'], '"ruleId":"kr-activity-weighted"'],
    ['the examples, coloured', '.', ['examples/2027-q1', '--no-config', '--color'], '\u001b[33m'],
  ])('reports %s exactly as the compiled sources do', (_, cwd, args, expected) => {
    const bundled = JSON.parse(node(reportScript(fromBundle, args, resolve(ROOT, cwd)))) as { code: number; out: string };
    expect(bundled.out).toContain(expected);
    expect(bundled).toEqual(JSON.parse(node(reportScript(fromSources, args, resolve(ROOT, cwd)))));
  }, SPAWN_TIMEOUT);
});
