/** Turns a documented rule example into a complete OKR file, so docs can be executed. */
import { stringify } from 'yaml';
import type { RuleExample } from '../rule-kit/types.js';

export const FILLER_KRS = ['Raise weekly active teams from 1,200 to 1,500', 'Cut onboarding drop-off from 30% to 20%'];

export function exampleToYaml(example: RuleExample): string {
  if (example.yaml !== undefined) return example.yaml;
  let keyResults: unknown[];
  if (example.krs) keyResults = example.krs;
  else if (example.kr !== undefined) keyResults = [example.kr, ...FILLER_KRS];
  else keyResults = ['Raise trial-to-paid conversion from 8% to 11%', ...FILLER_KRS];
  const document = {
    period: '2027-Q1',
    team: 'Example team',
    objectives: [{ id: 'example-1', title: example.objective ?? 'Make onboarding effortless for new teams', key_results: keyResults }],
  };
  // lineWidth 0: never fold long titles, so a key result keeps one line.
  return stringify(document, { lineWidth: 0 });
}
