#!/usr/bin/env node
// Precomputes the Porter stems of the built-in word lists (src/text/lexicon/stems.ts reads them).
// Needs the compiled sources (run after tsc). It records each word handed to natural's Porter
// stemmer while dist/src/api.js loads (module-level lists), while every built-in rule lints its
// own documented examples (lists a rule stems on first use) and while every lazy list and
// family is built. Words of a user's options or files are never part of it; a word the table
// lacks is stemmed at run time as before. Writes dist/data/porter-stems-en.json: sorted
// [word, stem] pairs.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUTPUT = join(ROOT, 'dist/data/porter-stems-en.json');
// Resolved from dist/src/text, as src/text/tokens.ts requires it: the same module instance.
const require = createRequire(join(ROOT, 'dist/src/text/tokens.js'));

const porter = require('natural/lib/natural/stemmers/porter_stemmer.js');
const stem = porter.stem;
const stems = new Map();
porter.stem = function recordingStem(word) {
  const result = stem.call(this, word);
  stems.set(word, result);
  return result;
};
// The previous table must not answer while recording: the words it knows would never reach Porter.
rmSync(OUTPUT, { force: true });
const compiled = (path) => import(pathToFileURL(join(ROOT, 'dist', path)).href);
const { builtinRules, lintText } = await compiled('src/api.js');
const { exampleToYaml } = await compiled('src/docs/examples.js');
const { buildEveryLazyValue } = await compiled('src/text/lexicon/family.js');
for (const rule of builtinRules) {
  for (const example of [...rule.meta.docs.examples.valid, ...rule.meta.docs.examples.invalid]) {
    const rules = example.options ? { [rule.name]: ['warn', example.options] } : {};
    lintText(exampleToYaml(example), { config: false, preset: 'all', rules, repositoryContext: false });
  }
}
buildEveryLazyValue();
porter.stem = stem;

const pairs = [...stems].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
mkdirSync(dirname(OUTPUT), { recursive: true });
const temporary = `${OUTPUT}.${process.pid}.tmp`;
writeFileSync(temporary, `${JSON.stringify(pairs)}\n`);
renameSync(temporary, OUTPUT);
