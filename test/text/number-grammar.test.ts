/** Number grammar that generalises beyond the development corpus: arrows, fractions in words, clock spans. */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/text/analysis.js';

describe('arrow ranges', () => {
  it.each([
    // a unit word the scanner does not know sits between the start value and the arrow
    'Pallet throughput per shift: 1,800 crates → 2,400 crates',
    'Water used per tonne of product: 4.2 litres -> 3.1 litres',
    // a bound word sits between the arrow and the target
    'Loan decision time: 6 days → under 2 days',
    'Survey response rate 18% -> at least 30%',
    'Shelf availability 91% => 97%',
  ])('"%s" states its start value', (text) => {
    const a = analyzeText(text);
    expect(a.range).toBeDefined();
    expect(a.hasStartValue).toBe(true);
    expect(a.range!.from.value).toBeGreaterThan(0);
  });

  it('an arrow made of "=>" is not read as "greater than"', () => {
    const [, target] = analyzeText('Churned seats 40 => 25').quantities;
    expect(target?.bound).toBeUndefined();
  });

  it('a bound without an arrow is still a bound, not a range', () => {
    const a = analyzeText('Keep build time under 9 minutes');
    expect(a.range).toBeUndefined();
    expect(a.quantities[0]?.bound).toBe('max');
  });
});

describe('fractions written in words', () => {
  it.each([
    ['Cut late deliveries by a quarter', 25],
    ['Shrink the backlog of warranty claims by one third', 33.3],
    ['Lower cloud spend by two thirds', 66.7],
    ['Reduce returns by roughly a fifth', 20],
    ['Trim hold time by two-thirds', 66.7],
  ])('"%s" is a relative change of %d%%', (text, value) => {
    const a = analyzeText(text);
    expect(a.relative).toBe(true);
    expect(a.quantities[0]).toMatchObject({ unit: 'percent', value, relative: true });
  });

  it('"a third of" is a share, not a change', () => {
    const [q] = analyzeText('A third of new stores break even in year one').quantities;
    expect(q).toMatchObject({ unit: 'percent', value: 33.3 });
    expect(q?.relative).toBeFalsy();
  });

  it.each(['Deliver the redesign within a quarter', 'Each quarter, review the roadmap', 'Move a third team onto the platform'])(
    '"%s" holds no fraction',
    (text) => {
      expect(analyzeText(text).quantities.filter((q) => q.unit === 'percent')).toEqual([]);
    },
  );
});

describe('spans of the clock', () => {
  it.each(['Drivers are reachable between 11 and 3 on weekdays', 'Keep the helpdesk staffed between 9 and 5 daily', 'Be at the studio between 10 and 2 pm', 'Serve the counter between 6 and 10 each evening'])(
    '"%s" names hours of the day, not a measurement',
    (text) => {
      const a = analyzeText(text);
      expect(a.quantities).toEqual([]);
      expect(a.dates.some((d) => d.kind === 'time')).toBe(true);
    },
  );

  it.each(['Keep open tickets per agent between 4 and 9', 'Hold inventory between 12 and 3 weeks of cover', 'Answer within between 5 and 2 % of cases'])(
    '"%s" keeps its quantities (a rising band or a unit after the pair)',
    (text) => {
      expect(analyzeText(text).quantities.length).toBeGreaterThan(0);
    },
  );
});

describe('start values and changes in other words', () => {
  it('"instead of" and "rather than" name the value being replaced', () => {
    expect(analyzeText('Settle claims in 4 days instead of 9').hasStartValue).toBe(true);
    expect(analyzeText('Ship builds in 6 minutes rather than 15').hasStartValue).toBe(true);
  });

  it('"by a half" is a relative change like "by half"', () => {
    const a = analyzeText('Grow class sign-ups by a half');
    expect(a.relative).toBe(true);
    expect(a.quantities[0]).toMatchObject({ unit: 'multiple', value: 0.5 });
  });
});

describe('a unit shared across a range', () => {
  const ends = (text: string) => {
    const { range } = analyzeText(text);
    return range && [range.from.unit, range.from.value, range.to.unit, range.to.value];
  };

  it('gives the bare start the unit written after the target', () => {
    expect(ends('Shorten checkout from 45 to 30 seconds')).toEqual(['duration', 45, 'duration', 30]);
    expect(analyzeText('Shorten checkout from 45 to 30 seconds').range?.from.unitWord).toBe('seconds');
    expect(ends('Lift activation from 35 to 50%')).toEqual(['percent', 35, 'percent', 50]);
  });

  it('gives the bare target the unit of the start', () => {
    expect(ends('Stretch sessions from 3 minutes to 8')).toEqual(['duration', 3, 'duration', 8]);
  });

  it('shares a scale only when both ends sit on it', () => {
    expect(ends('Lift bookings from $3 to $4.5M')).toEqual(['currency', 3e6, 'currency', 4.5e6]);
    expect(ends('Lift bookings from $700 to $1.4k')).toEqual(['currency', 700, 'currency', 1400]);
  });

  it('leaves two plain counts alone', () => {
    expect(analyzeText('Sign 4 to 6 design partners').quantities.map((q) => q.unit)).toEqual(['count', 'count']);
  });
});
