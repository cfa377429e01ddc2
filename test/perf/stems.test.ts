import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PRECOMPUTED_STEMS_FILE } from '../../src/text/lexicon/stems.js';

const require = createRequire(import.meta.url);
const ROOT = resolve(__dirname, '../..');
const porter = require('natural/lib/natural/stemmers/porter_stemmer.js') as { stem(word: string): string };

let table: [string, string][];

beforeAll(() => {
  // Needs the compiled sources, as the build does (npm test builds first).
  const build = spawnSync(process.execPath, [join(ROOT, 'scripts/build-stems.mjs')], { encoding: 'utf8' });
  expect(build.stderr).toBe('');
  table = JSON.parse(readFileSync(join(ROOT, PRECOMPUTED_STEMS_FILE), 'utf8')) as [string, string][];
}, 60_000);

describe('precomputed Porter stems of the built-in word lists', () => {
  it('give natural\'s stem for every word they hold', () => {
    expect(table.length).toBeGreaterThan(500);
    expect(table.filter(([word, stem]) => porter.stem(word) !== stem)).toEqual([]);
  });

  it('hold lists stemmed at load, lists a rule stems on first use, and lazy word families', () => {
    const words = new Set(table.map(([word]) => word));
    // rule-kit DELIVERABLE_VERBS (module level), objective-vague's abstract nouns (first use),
    // the visibility lexicon's families (lazy).
    expect(['publish', 'collaboration', 'keystroke'].filter((word) => !words.has(word))).toEqual([]);
  });

  it('are sorted, one entry per word, all lower case', () => {
    const words = table.map(([word]) => word);
    expect(words).toEqual([...new Set(words)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(words.filter((word) => word !== word.toLowerCase())).toEqual([]);
  });
});
