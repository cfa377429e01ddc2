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
