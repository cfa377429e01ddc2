/**
 * Parts of the line scanner the differential tests (common-shape.test.ts) could miss: the
 * plain scalar prefilter (yaml's tags are skipped for text no tag can match, judged by its
 * first character: every tag of the schema must agree, for every first character), and the
 * reused line table across a file longer than it keeps and the files after it.
 */
import { describe, expect, it } from 'vitest';
import { TAGGED_FIRST, valueTags } from '../../src/yaml/scanner/scalar.js';
import { differencesWith, isScanned } from './common-shape-differential.js';

const SUFFIXES = ['', '0', '1', '10', '.5', 'e3', '5e-3', 'x1F', 'o17', 'ull', 'ULL', 'rue', 'RUE', 'alse', 'ALSE', 'inf', 'Inf', 'nan', 'NaN', '.inf', '.nan', '<', ':30', '_000'];

describe('the plain scalar prefilter', () => {
  it('lets through every first character a tag of the schema can match', () => {
    const tags = valueTags();
    expect(tags.length).toBeGreaterThan(5);
    const missed: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (TAGGED_FIRST.has(code) || (code >= 0xd800 && code <= 0xdfff)) continue;
      const first = String.fromCharCode(code);
      for (const suffix of SUFFIXES) if (tags.some((tag) => tag.test!.test(first + suffix))) missed.push(first + suffix);
    }
    expect(missed).toEqual([]);
  });

  it('is not vacuous: tags match texts starting with characters it lets through', () => {
    const tags = valueTags();
    for (const text of ['~', 'null', 'Null', 'true', 'False', '0x1F', '0o17', '12', '+1', '-1', '.5', '.inf', '-.inf', '.nan', '1e3']) {
      expect(tags.some((tag) => tag.test!.test(text)), text).toBe(true);
    }
  });
});

describe('the line scanner on long files', () => {
  it('reads a file of many thousand lines, then a short one, alike with yaml', () => {
    const long = `period: 2027-Q1\nteam: Data\nobjectives:\n  - id: a\n    title: Grow\n    key_results:\n      - Raise NPS from 31 to 40 # c\n\n${'  # filler\n'.repeat(40_000)}`;
    const short = 'period: 2027-Q1\nteam: Data\nobjectives:\n  - id: a\n    title: Grow\n    key_results:\n      - Raise NPS from 31 to 40\n';
    for (const text of [long, short, long]) {
      expect(isScanned(text)).toBe(true);
      expect(differencesWith(text, 'scanner')).toEqual([]);
    }
  });
});
