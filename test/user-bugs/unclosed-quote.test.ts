/** User trial: an unclosed quote was reported at the end of the file in yaml's words ("Missing closing "quote"). */
import { describe, expect, it } from 'vitest';
import { parseYaml, parseYamlFully, toPosition } from '../../src/yaml/parse.js';

const UNCLOSED = [
  ['period: 2027-Q2\nteam: X\nobjectives:\n  - id: a\n    title: "unclosed\n    key_results: []\n', 5, 12],
  ["team: 'Payments''s squad\nperiod: 2027-Q3\n", 1, 7],
  ['period: 2027-Q1\nteam: "Ops \\" crew\nobjectives: []\n', 2, 7],
] as const;

describe('an unclosed quote', () => {
  for (const parse of [parseYaml, parseYamlFully]) {
    it.each(UNCLOSED)(`${parse.name}: is reported at the opening quote, in okrlint's words: %j`, (text, line, column) => {
      const source = parse(text);
      const [problem] = source.problems;
      expect(problem).toMatchObject({ ruleId: 'yaml/syntax', message: 'Quoted string opened here is never closed; add the closing quote.' });
      expect(toPosition(source.lineCounter, problem!.range)).toMatchObject({ line, column });
    });
  }
});
