#!/usr/bin/env node
/**
 * `npm run fuzz`: throws at least 100,000 generated inputs at the built linter API and the
 * CLI's argument parser (generators in test/fuzz/arbitraries.mjs, checks in
 * test/fuzz/properties.mjs). The inputs run in a worker thread; the main thread is a
 * watchdog that stops a hung input and prints it, which an in-process check cannot do.
 *
 *   npm run fuzz [-- --runs 100000] [-- --seed 42]
 *
 * Exit 0 when every input passes, 1 on a failure or a hang (with the seed and the input).
 */
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const FAMILIES = [
  // [name, share of the runs]
  ['yaml', 0.7],
  ['bytes', 0.15],
  ['rules-config', 0.08],
  ['argv', 0.04],
  ['config-file', 0.03],
];
const BOUND_MS = 3_000;
const HANG_MS = 20_000;

if (isMainThread) await watchdog();
else await fuzz(workerData);

async function watchdog() {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 && args[i + 1] !== undefined ? Number(args[i + 1]) : fallback;
  };
  const runs = option('--runs', 100_000);
  const seed = option('--seed', Date.now() % 2 ** 31);
  console.log(`okrlint fuzz: ${runs} inputs, seed ${seed} (rerun with --seed ${seed})`);
  const started = Date.now();
  const worker = new Worker(new URL(import.meta.url), { workerData: { runs, seed } });
  let last = { family: 'start', input: '', at: Date.now() };
  let done = 0;
  let failed = false;
  const timer = setInterval(() => {
    if (Date.now() - last.at < HANG_MS) return;
    console.error(`HANG: no progress for ${HANG_MS / 1000} s in family "${last.family}" on input:\n${last.input}`);
    failed = true;
    void worker.terminate();
  }, 1000);
  worker.on('message', (message) => {
    if (message.type === 'input') {
      last = { family: message.family, input: message.input, at: Date.now() };
      if (++done % 10_000 === 0) console.log(`  ${done} inputs (${Math.round((Date.now() - started) / 1000)} s)`);
    } else if (message.type === 'family') {
      const status = message.failed ? 'FAILED' : 'ok';
      console.log(`${status.padEnd(6)} ${message.family}: ${message.numRuns} inputs`);
      if (message.failed) {
        failed = true;
        console.error(message.report);
      }
    }
  });
  worker.on('error', (error) => {
    failed = true;
    console.error(`The fuzz worker crashed: ${error?.stack ?? error}\nLast input (${last.family}):\n${last.input}`);
  });
  await new Promise((resolve) => worker.on('exit', resolve));
  clearInterval(timer);
  console.log(`${done} inputs in ${Math.round((Date.now() - started) / 1000)} s: ${failed ? 'FAILED' : 'no failures'}`);
  process.exitCode = failed || done < runs ? 1 : 0;
}

async function fuzz({ runs, seed }) {
  const fc = (await import('fast-check')).default;
  const arb = await import('../test/fuzz/arbitraries.mjs');
  const { makeChecks, makeCliSandbox, runCli, writeConfig } = await import('../test/fuzz/properties.mjs');
  const api = await import('../dist/src/api.js');
  const { main } = await import('../dist/src/cli.js');
  const { Linter } = await import('../dist/src/engine/linter.js');
  const { decodeSource } = await import('../dist/src/files/read.js');
  const ruleIds = api.builtinRules.map((r) => r.name);
  const checks = makeChecks({ Linter, resolveRules: api.resolveRules, lintText: api.lintText, decodeSource, FatalError: api.FatalError }, BOUND_MS);
  const sandbox = makeCliSandbox(arb.SEEDS[0]);
  const beat = (family, input) => parentPort.postMessage({ type: 'input', family, input: preview(input) });

  const properties = {
    yaml: () => fc.property(arb.anyYamlText, (text) => (beat('yaml', text), checks.yamlText(text))),
    bytes: () => fc.property(arb.randomBytes, (bytes) => (beat('bytes', bytes), checks.bytes(bytes))),
    'rules-config': () => fc.property(arb.mutatedOkrFile, arb.rulesConfig(ruleIds), (text, rules) => (beat('rules-config', { text, rules }), checks.rulesConfig(text, rules))),
    argv: () => fc.asyncProperty(arb.argv, fc.uint8Array({ maxLength: 200 }), async (argv, stdin) => {
      beat('argv', argv);
      await runCli(main, argv, sandbox.dir, stdin);
    }),
    'config-file': () => fc.asyncProperty(arb.configFileText(ruleIds), async (text) => {
      beat('config-file', text);
      writeConfig(sandbox.dir, text);
      await runCli(main, ['--config', 'okrlint.config.yaml', 'team.okr.yaml'], sandbox.dir);
    }),
  };
  try {
    for (const [family, share] of FAMILIES) {
      const numRuns = Math.ceil(runs * share);
      const details = await fc.check(properties[family](), { numRuns, seed, endOnFailure: true });
      parentPort.postMessage({ type: 'family', family, numRuns, failed: details.failed, report: details.failed ? fc.defaultReportMessage(details) : '' });
    }
  } finally {
    sandbox.dispose();
  }
}

function preview(input) {
  const text = typeof input === 'string' ? input : input instanceof Uint8Array ? `bytes ${Buffer.from(input).toString('base64')}` : JSON.stringify(input);
  return text.length > 4000 ? `${text.slice(0, 4000)}... (${text.length} characters)` : text;
}
