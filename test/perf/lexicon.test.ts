import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { COMPACT_LEXICON_FILE, CompactLexicon } from '../../src/text/compact-lexicon.js';

const require = createRequire(import.meta.url);
const ROOT = resolve(__dirname, '../..');
type Lexicon = { tagWord(word: string): string[] };

let natural: Lexicon;
let compact: CompactLexicon;
let words: string[];

beforeAll(() => {
  const build = spawnSync(process.execPath, [join(ROOT, 'scripts/build-lexicon.mjs')], { encoding: 'utf8' });
  expect(build.stderr).toBe('');
  const NaturalLexicon = require('natural/lib/natural/brill_pos_tagger/lib/Lexicon.js') as new (l: string, d: string, c: string) => Lexicon;
  natural = new NaturalLexicon('EN', 'NN', 'NNP');
  compact = new CompactLexicon(readFileSync(join(ROOT, COMPACT_LEXICON_FILE), 'utf8'));
  words = Object.keys(require('natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json') as object);
}, 60_000);

describe('packed Brill lexicon', () => {
  it('gives natural\'s first tag for every word of the lexicon', () => {
    // natural answers no tag at all for "" (listed with no tags); the packed lexicon gives the default.
    const tagged = words.filter((word) => typeof natural.tagWord(word)[0] === 'string');
    expect(tagged.length).toBeGreaterThan(90_000);
    const differences = tagged.filter((word) => compact.tagWord(word)[0] !== natural.tagWord(word)[0]);
    expect(differences).toEqual([]);
  });

  it('falls back like natural: lower case, then NN, or NNP when capitalised', () => {
    const probes = ['Publish', 'PUBLISH', 'Quarterly', 'okrlintish', 'Zorblatt', 'constructor', 'toString', 'x', 'naïve', '3.5', 'e.g.'];
    for (const word of probes) expect([word, compact.tagWord(word)[0]]).toEqual([word, natural.tagWord(word)[0]]);
  });
});
