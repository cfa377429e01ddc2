#!/usr/bin/env node
// Packs natural's English Brill lexicon (a 4 MB JSON object that natural parses, together with
// the Dutch one, whenever its Lexicon module loads: about 90 ms) into a sorted "word<TAB>tag"
// text of about 1 MB that src/text/compact-lexicon.ts searches in place. The tagger only ever
// uses a word's first tag, so only that is kept, and a capitalised word the reader tags NNP
// anyway (no lower-case form listed: its fallback) is left out, about a fifth of the words.
// ASCII only, so the reader takes the bytes as text without decoding UTF-8. Writes
// dist/data/brill-lexicon-en.txt.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUTPUT = join(ROOT, 'dist/data/brill-lexicon-en.txt');

const lexicon = require('natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json');
const firstTags = new Map();
for (const [word, tags] of Object.entries(lexicon)) {
  if (!Array.isArray(tags) || typeof tags[0] !== 'string') continue;
  if (/[^\x20-\x7e]/.test(word) || /[^\x20-\x7e]/.test(tags[0])) {
    process.stderr.write(`build-lexicon: the word ${JSON.stringify(word)} holds a character other than printable ASCII; the packed format cannot keep it.\n`);
    process.exit(2);
  }
  firstTags.set(word, tags[0]);
}
/** The reader's fallback (src/text/compact-lexicon.ts) answers NNP for it: the lower-case form is not listed and it is capitalised. */
const fallbackSays = (word, tag) => tag === 'NNP' && /[A-Z]/.test(word[0]) && !firstTags.has(word.toLowerCase());
const lines = [];
for (const [word, tag] of firstTags) if (!fallbackSays(word, tag)) lines.push(`${word}\t${tag}`);
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
