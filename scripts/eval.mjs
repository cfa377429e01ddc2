#!/usr/bin/env node
// Measures rule precision and recall on the hand-labelled corpus in ../shared/corpus.
// Usage: npm run eval [-- --verbose] [-- --rule kr-visibility] [-- --corpus DIR]
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { lintText } from '../dist/src/api.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const onlyRule = args.includes('--rule') ? args[args.indexOf('--rule') + 1] : undefined;
const corpusDir = args.includes('--corpus') ? resolve(args[args.indexOf('--corpus') + 1]) : process.env.OKRLINT_CORPUS ?? join(root, '..', 'shared', 'corpus');

const LABEL_TO_RULE = {
  activity: 'kr-activity-weighted',
  calendar: 'kr-calendar-weighted',
  visibility: 'kr-visibility',
  'missing-baseline': 'kr-missing-baseline',
  unmeasurable: 'kr-unmeasurable',
};
const RULES = Object.values(LABEL_TO_RULE).filter((r) => !onlyRule || r === onlyRule);

if (!existsSync(corpusDir)) {
  console.error(`okrlint eval: corpus directory not found: ${corpusDir} (set --corpus DIR)`);
  process.exit(2);
}
const entries = readdirSync(corpusDir)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort()
  .flatMap((f) => parse(readFileSync(join(corpusDir, f), 'utf8')).map((e) => ({ ...e, file: f })));

/** Lints one key result on its own, as the sole key result of its objective. */
function findingsFor(entry) {
  const text = `period: 2027-Q1\nteam: eval\nobjectives:\n  - id: o1\n    title: ${JSON.stringify(entry.objective ?? 'Objective')}\n    key_results:\n      - ${JSON.stringify(entry.kr)}\n`;
  const [result] = lintText(text, { preset: 'all', filePath: `${entry.id}.okr.yaml` });
  return result.messages.filter((m) => m.line === 7);
}

const stats = Object.fromEntries(RULES.map((r) => [r, { tp: 0, fp: 0, fn: 0, fps: [], fns: [] }]));
for (const entry of entries) {
  const messages = findingsFor(entry);
  const flagged = new Set(messages.map((m) => m.ruleId));
  const expected = new Set((entry.labels ?? []).map((l) => LABEL_TO_RULE[l]).filter(Boolean));
  for (const rule of RULES) {
    const s = stats[rule];
    const got = flagged.has(rule);
    const want = expected.has(rule);
    if (got && want) s.tp++;
    else if (got) {
      s.fp++;
      s.fps.push(`${entry.id}: ${entry.kr}\n      -> ${messages.find((m) => m.ruleId === rule).message}${entry.note ? `\n      note: ${entry.note}` : ''}`);
    } else if (want) {
      s.fn++;
      s.fns.push(`${entry.id}: ${entry.kr}${entry.note ? `\n      note: ${entry.note}` : ''}`);
    }
  }
}

const fmt = (n) => (Number.isFinite(n) ? n.toFixed(2) : ' n/a');
console.log(`Corpus: ${entries.length} key results from ${corpusDir}\n`);
console.log('| rule | precision | recall | F1 | TP | FP | FN |');
console.log('|---|---|---|---|---|---|---|');
for (const rule of RULES) {
  const { tp, fp, fn } = stats[rule];
  const p = tp / (tp + fp);
  const r = tp / (tp + fn);
  console.log(`| ${rule} | ${fmt(p)} | ${fmt(r)} | ${fmt((2 * p * r) / (p + r))} | ${tp} | ${fp} | ${fn} |`);
}
if (verbose) {
  for (const rule of RULES) {
    const s = stats[rule];
    console.log(`\n## ${rule}\n\nFalse positives (${s.fp}):`);
    for (const line of s.fps) console.log(`  - ${line}`);
    console.log(`\nFalse negatives (${s.fn}):`);
    for (const line of s.fns) console.log(`  - ${line}`);
  }
}
