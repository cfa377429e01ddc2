/** Regression tests for vague key results outside the development corpus (each written for this file). */
import { describe, expect, it } from 'vitest';
import { isFlagged, krFindings } from '../helpers.js';

const RULE = 'kr-unmeasurable';

describe(`${RULE}: relations and impressions as the result`, () => {
  it.each(['Build trust with franchise owners', 'Strengthen ties with regional distributors', 'Spread the word about the new loyalty scheme', 'Raise brand awareness among students'])(
    'flags "%s"',
    (kr) => {
      expect(isFlagged(RULE, kr)).toBe(true);
    },
  );

  it.each(['Sign a partnership with two logistics carriers', 'Hire a head of community relations', 'Launch the partner presence page', 'Publish the culture handbook'])(
    'does not flag a verifiable end state: "%s"',
    (kr) => {
      expect(isFlagged(RULE, kr)).toBe(false);
    },
  );
});

describe(`${RULE}: verbs of degree and comparatives with no number`, () => {
  it.each(['Broaden our reach in rural clinics', 'Sharpen the sales narrative', 'Have fewer handoffs between shifts', 'Make month-end close neater', 'Be the best garage in the county', 'Spend less time on manual reconciliations'])(
    'flags "%s"',
    (kr) => {
      const [finding] = krFindings(RULE, kr);
      expect(finding).toBeDefined();
      expect(finding?.suggestion ?? '').toMatch(/<current value>|<metric|<number>/);
    },
  );

  it.each(['Cut manual reconciliations from 40 to 10 a month', 'No more than 2 handoffs per order', 'Open the Leeds office'])('does not flag "%s"', (kr) => {
    expect(isFlagged(RULE, kr)).toBe(false);
  });
});

describe(`${RULE}: placeholders`, () => {
  it.each(['Raise repeat purchase rate to X%', 'Grow reseller revenue to $TBD'])('flags an undecided value: "%s"', (kr) => {
    expect(krFindings(RULE, kr)[0]?.message).toMatch(/stands where the number belongs/);
  });

  it('a redacted value ("$N") with a named metric is left to kr-missing-baseline', () => {
    expect(isFlagged(RULE, 'Close at least $N in new bookings this quarter')).toBe(false);
  });

  it('a written move with open ends ("from $X to $Y") is left to kr-placeholder, which names each slot', () => {
    expect(isFlagged(RULE, 'Grow partner revenue from €X to €N')).toBe(false);
    expect(isFlagged(RULE, 'Lift weekly repeat orders from TBD to X%')).toBe(false);
  });
});

describe(`${RULE}: universal yes/no states are checkable`, () => {
  it.each(['Everyone keeps the shared drive tidy and labelled', 'Everybody leaves their status on do-not-disturb during focus blocks'])(
    'does not flag "%s"',
    (kr) => {
      expect(isFlagged(RULE, kr)).toBe(false);
    },
  );

  it('a habit of a group with no quantifier is still unmeasurable', () => {
    expect(isFlagged(RULE, 'Managers rely on the weekly digest')).toBe(true);
  });
});

describe(`${RULE}: generalisation round 2`, () => {
  it('does not read "every other" (a cadence) as a vague comparative', () => {
    expect(isFlagged(RULE, 'Run a clinic for new volunteers every other Tuesday')).toBe(false);
  });
  it('flags a bare "time to <verb>" metric with no target', () => {
    expect(isFlagged(RULE, 'Median time to restore')).toBe(true);
    expect(isFlagged(RULE, 'Median time to restore under 30 minutes')).toBe(false);
  });
  it('flags "Make X <what it should become>" with no number', () => {
    expect(isFlagged(RULE, 'Make the museum the obvious stop for school trips')).toBe(true);
    expect(isFlagged(RULE, 'Make our help centre friendly')).toBe(true);
    expect(isFlagged(RULE, 'Make the museum the first stop for 40% of school trips')).toBe(false);
  });
  it('reads a bare capital N closing the KR as an undecided number', () => {
    expect(isFlagged(RULE, 'Lift repeat bookings among corporate clients to N')).toBe(true);
  });
});
