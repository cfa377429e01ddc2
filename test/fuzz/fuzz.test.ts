/**
 * The short fuzz run inside `npm test` (a few thousand cases, well under 20 s); the long
 * one is `npm run fuzz` (scripts/fuzz.mjs, over 100,000 cases on the built code).
 * OKRLINT_FUZZ_SEED reproduces a run; a failure prints its seed and shrunk input.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinRules, FatalError, lintText, resolveRules } from '../../src/api.js';
import { main } from '../../src/cli.js';
import { Linter } from '../../src/engine/linter.js';
import { decodeSource } from '../../src/files/read.js';
import * as arb from './arbitraries.mjs';
import { assertMessages, makeChecks, makeCliSandbox, runCli, withinTime, writeConfig } from './properties.mjs';

// A fixed seed keeps `npm test` deterministic; `npm run fuzz` explores new seeds.
const seed = process.env.OKRLINT_FUZZ_SEED ? Number(process.env.OKRLINT_FUZZ_SEED) : 20271;
const ruleIds = builtinRules.map((r) => r.name);
// Generous: the bound catches hangs and blow-ups, not a busy shared machine.
const checks = makeChecks({ Linter, resolveRules, lintText, decodeSource, FatalError }, 5_000);
const params = (numRuns: number) => ({ numRuns, seed, endOnFailure: true });

describe('the fuzz checks themselves', () => {
  const message = { ruleId: 'x', severity: 2, message: 'Something.', line: 1, column: 1, endLine: 1, endColumn: 2 };

  it('reject a message outside the file, a broken template or a bad severity', () => {
    const check = (m: object) => () => assertMessages('a: 1\nb: 2\n', [{ messages: [{ ...message, ...m }] }]);
    expect(check({})).not.toThrow();
    expect(check({ line: 4, endLine: 4 })).toThrow(/line out of range/);
    expect(check({ endLine: 0 })).toThrow(/end line/);
    expect(check({ column: 0 })).toThrow(/bad column/);
    expect(check({ message: 'Has {{count}}.' })).toThrow(/bad message/);
    expect(check({ severity: 0 })).toThrow(/bad severity/);
  });

  it('accept braces a message quotes from the input itself', () => {
    const quoted = { ...message, message: 'Key result "{{x}} sign-ups" names no start.' };
    expect(() => assertMessages('kr: "{{x}} sign-ups"\n', [{ messages: [quoted] }])).not.toThrow();
  });

  it('reject an input that takes longer than the bound', () => {
    expect(() => withinTime(5, 'busy', () => { const end = performance.now() + 20; while (performance.now() < end); })).toThrow(/busy took/);
  });
});

describe('fuzz (short run)', () => {
  it('random YAML, mutated OKR files and token soup', () => {
    fc.assert(fc.property(arb.anyYamlText, (text) => checks.yamlText(text)), params(1500));
  }, 60_000);

  it('random bytes', () => {
    fc.assert(fc.property(arb.randomBytes, (bytes) => checks.bytes(bytes)), params(400));
  }, 60_000);

  it('random rule configurations', () => {
    fc.assert(fc.property(arb.mutatedOkrFile, arb.rulesConfig(ruleIds), (text, rules) => checks.rulesConfig(text, rules as never)), params(200));
  }, 60_000);

  describe('the command line', () => {
    let sandbox: { dir: string; dispose(): void };
    beforeAll(() => {
      sandbox = makeCliSandbox(arb.SEEDS[0]!);
    });
    afterAll(() => sandbox.dispose());

    it('random arguments', async () => {
      await fc.assert(fc.asyncProperty(arb.argv, fc.uint8Array({ maxLength: 200 }), (argv, stdin) => runCli(main, argv, sandbox.dir, stdin).then(() => undefined)), params(120));
    }, 60_000);

    it('random configuration files', async () => {
      await fc.assert(
        fc.asyncProperty(arb.configFileText(ruleIds), async (text) => {
          writeConfig(sandbox.dir, text);
          await runCli(main, ['--config', 'okrlint.config.yaml', 'team.okr.yaml'], sandbox.dir);
        }),
        params(80),
      );
    }, 60_000);
  });
});
