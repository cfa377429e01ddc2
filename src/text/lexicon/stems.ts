/**
 * Porter stems of the built-in word lists, computed at build time. Every run stems the same
 * thousand-odd list words (word families, verb and noun sets) before it can match a single
 * key result, and natural's Porter stemmer costs about 10 us a word before it is optimised:
 * 10 to 15 ms of every one-file run. scripts/build-stems.mjs records the words the lists stem
 * and writes each word with natural's stem; a test checks every entry against natural.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../util/package.js';

export const PRECOMPUTED_STEMS_FILE = 'dist/data/porter-stems-en.json';

let stems: ReadonlyMap<string, string> | undefined;

/** Lower-case word to Porter stem; empty when the build has not written the table (running from sources). */
export function precomputedStems(): ReadonlyMap<string, string> {
  stems ??= readStems();
  return stems;
}

function readStems(): ReadonlyMap<string, string> {
  try {
    return new Map(JSON.parse(readFileSync(join(packageRoot(), PRECOMPUTED_STEMS_FILE), 'utf8')) as [string, string][]);
  } catch {
    return new Map();
  }
}
