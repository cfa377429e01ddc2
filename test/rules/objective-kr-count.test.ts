import { describe, expect, it } from 'vitest';
import { lintYaml } from '../helpers.js';

const RULE = 'objective-kr-count';
const KRS = ['Raise weekly repeat orders from 1,400 to 1,900', 'Cut delivery complaints from 6% to 3%', 'Lift courier rating from 4.1 to 4.5', 'Grow same-day coverage from 12 to 20 cities', 'Reduce late deliveries from 9% to 5%', 'Raise tip rate from 18% to 24%'];

const file = (count: number) => `period: 2027-Q3\nteam: Delivery\nobjectives:\n  - id: d-1\n    title: Make delivery something buyers brag about\n    key_results:\n${KRS.slice(0, count).map((kr) => `      - ${kr}`).join('\n')}\n`;

const found = (count: number, options?: object) => lintYaml(file(count), options ? { [RULE]: ['warn', options] } : undefined).filter((m) => m.ruleId === RULE);

describe(RULE, () => {
  it('says "1 key result" and asks for the missing number of key results', () => {
    const [one] = found(1);
    expect(one!.message).toBe('Objective has 1 key result; aim for at least 3.');
    expect(one!.suggestion).toMatch(/^Add 2 more key results showing the change/);
  });

  it('uses the plural for two and the singular for one missing', () => {
    const [two] = found(2);
    expect(two!.message).toBe('Objective has 2 key results; aim for at least 3.');
    expect(two!.suggestion).toMatch(/^Add 1 more key result showing/);
  });

  it('names how many to keep and how many to move when there are too many', () => {
    const [six] = found(6);
    expect(six!.message).toBe('Objective has 6 key results; keep it to 5 or fewer.');
    expect(six!.suggestion).toBe('Keep the 5 key results that show the change best; move the other 1 to a health metric or another objective.');
    expect(found(3)).toEqual([]);
  });
});
