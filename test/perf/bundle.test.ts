// The CLI bundle and its code cache (scripts/bundle.mjs, src/cli-bundle.cts), as built by `npm run build`.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
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

  // A plugin imports the rule kit from the compiled sources while the CLI runs from the bundle:
  // two copies of the text tools. Word-form records made by one copy once answered the other
  // copy's word families under the wrong slots (judgeWork said "task" for an activity).
  it('gives a plugin using the compiled rule kit the same text verdicts as its own analysis', () => {
    const dir = mkdtempSync(join(tmpdir(), 'okrlint-two-kits-'));
    try {
      const plugin = join(dir, 'plugins/okrlint-plugin-verdicts');
      mkdirSync(plugin, { recursive: true });
      writeFileSync(join(plugin, 'package.json'), JSON.stringify({ name: 'okrlint-plugin-verdicts', type: 'module', exports: './index.js' }));
      writeFileSync(join(plugin, 'index.js'), `
        import { analyzeText, defineRule, judgeWork } from ${JSON.stringify(pathToFileURL(resolve(ROOT, 'dist/src/rule-kit/index.js')).href)};
        const kind = (analysis) => judgeWork(analysis, {})?.kind ?? 'none';
        const same = defineRule({
          name: 'same-verdict',
          meta: {
            type: 'problem', defaultSeverity: 'error', schema: { type: 'object', additionalProperties: false }, defaultOptions: {},
            docs: { description: 'Compares verdicts.', rationale: 'Test.', recommended: false, examples: { valid: [], invalid: [] } },
            messages: { differs: 'engine analysis: {{engine}}, own analysis: {{own}}' },
          },
          create: (context) => ({
            keyResult(keyResult) {
              const engine = kind(context.analyze(keyResult.title));
              const own = kind(analyzeText(keyResult.title));
              if (engine !== own) context.report({ node: keyResult, messageId: 'differs', data: { engine, own } });
            },
          }),
        });
        export default { rules: { 'same-verdict': same } };`);
      copyFileSync(resolve(ROOT, 'examples/2027-q1/engineering.okr.yaml'), join(dir, 'engineering.okr.yaml'));
      writeFileSync(join(dir, '.okrlintrc.yaml'), 'plugins: [./plugins/okrlint-plugin-verdicts]\nrules: { verdicts/same-verdict: error }\n');
      const bundled = JSON.parse(node(reportScript(fromBundle, ['.', '-f', 'json'], dir))) as { code: number; out: string };
      const ruleIds = (JSON.parse(bundled.out) as { messages: { ruleId: string }[] }[]).flatMap((file) => file.messages.map((m) => m.ruleId));
      expect(ruleIds.length).toBeGreaterThan(0);
      expect(ruleIds.filter((id) => id.startsWith('verdicts/'))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, SPAWN_TIMEOUT);
});
