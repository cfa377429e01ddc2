#!/usr/bin/env node
// Packs natural's English Brill lexicon (a 4 MB JSON object that natural parses, together with
// the Dutch one, whenever its Lexicon module loads: about 90 ms) into a sorted "word<TAB>tag"
// text of about 1 MB that src/text/compact-lexicon.ts searches in place. The tagger only ever
// uses a word's first tag, so only that is kept. Writes dist/data/brill-lexicon-en.txt.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUTPUT = join(ROOT, 'dist/data/brill-lexicon-en.txt');

const lexicon = require('natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json');
const lines = [];
for (const [word, tags] of Object.entries(lexicon)) {
  if (!Array.isArray(tags) || typeof tags[0] !== 'string') continue;
  if (/[\t\n]/.test(word) || /[\t\n]/.test(tags[0])) {
    process.stderr.write(`build-lexicon: the word ${JSON.stringify(word)} holds a tab or newline; the packed format cannot keep it.\n`);
    process.exit(2);
  }
  lines.push(`${word}\t${tags[0]}`);
}
// Plain code-unit order: the reader compares with < and >.
lines.sort((a, b) => {
  const wa = a.slice(0, a.indexOf('\t'));
  const wb = b.slice(0, b.indexOf('\t'));
  return wa < wb ? -1 : wa > wb ? 1 : 0;
});
mkdirSync(dirname(OUTPUT), { recursive: true });
const temporary = `${OUTPUT}.${process.pid}.tmp`;
writeFileSync(temporary, `${lines.join('\n')}\n`);
renameSync(temporary, OUTPUT);
