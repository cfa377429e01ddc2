import { describe, expect, it } from 'vitest';
import { krFindings } from './helpers.js';

describe('krFindings test helper', () => {
  it('returns findings on the key result under test, in text and mapping form', () => {
    expect(krFindings('kr-missing-baseline', 'Increase NPS to 50').length).toBe(1);
    expect(krFindings('kr-missing-baseline', { title: 'Increase NPS to 50', owner: 'Dana' }).length).toBe(1);
  });

  it('ignores findings on the filler key results', () => {
    expect(krFindings('kr-missing-baseline', 'Raise NPS from 30 to 50')).toEqual([]);
  });
});
