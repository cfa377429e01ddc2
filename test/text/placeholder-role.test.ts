import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/text/index.js';
import { boundedValue, placeholderRole } from '../../src/text/placeholders.js';

function roles(text: string): (string | undefined)[] {
  const a = analyzeText(text);
  return a.placeholders.map((p) => placeholderRole(a, p));
}

describe('placeholderRole', () => {
  it('tells the start from the target of a written move', () => {
    expect(roles('Lift trial conversion from TBD to 14%')).toEqual(['start']);
    expect(roles('Grow marketplace fees from $X to $Y')).toEqual(['start', 'target']);
    expect(roles('Cycle time: ?? -> 2 days')).toEqual(['start']);
    expect(roles('Lift trial conversion from 9% to X%')).toEqual(['target']);
  });

  it('gives no role when no move is written', () => {
    expect(roles('Lift trial conversion to X%')).toEqual([undefined]);
    expect(roles('Book at least $N in upsell revenue')).toEqual([undefined]);
  });
});

describe('boundedValue', () => {
  it.each([
    ['at ', '99.9%', '99.9%'],
    ['at least ', '40%', '40% or more'],
    ['at most ', '3', '3 or less'],
    ['under ', '200 ms', 'less than 200 ms'],
    ['below ', '1%', 'less than 1%'],
    ['above ', '85%', 'more than 85%'],
    ['within ', '2 days', 'within 2 days'],
  ])('"%s%s" reads after "to" as "%s"', (bound, value, expected) => {
    expect(boundedValue(bound, value)).toBe(expected);
  });
});
