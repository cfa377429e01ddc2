#!/usr/bin/env node
// The performance floor okrlint is measured against: find every *.okr.yaml/*.okr.yml
// under the given directories, read each file and parse it with `yaml` parseDocument,
// with a LineCounter so positions are available, as the linter needs them. Nothing else.
//   node scripts/floor.mjs DIR...
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';

const OKR_FILE = /\.okr\.ya?ml$/;

function* walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === '.git') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (OKR_FILE.test(entry.name)) yield path;
  }
}

const dirs = process.argv.slice(2);
if (dirs.length === 0) {
  process.stderr.write('usage: node scripts/floor.mjs DIR...\n');
  process.exitCode = 2;
} else {
  let files = 0;
  let errors = 0;
  for (const dir of dirs) {
    for (const file of walk(dir)) {
      const lineCounter = new LineCounter();
      const document = parseDocument(readFileSync(file, 'utf8'), { lineCounter });
      errors += document.errors.length;
      files++;
    }
  }
  process.stdout.write(`${JSON.stringify({ files, errors })}\n`);
}
