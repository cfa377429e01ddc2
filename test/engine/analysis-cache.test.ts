import { describe, expect, it } from 'vitest';
import { AnalysisCache } from '../../src/engine/analysis-cache.js';

describe('AnalysisCache', () => {
  it('answers a repeated text with the same analysis', () => {
    const cache = new AnalysisCache(2);
    const first = cache.analyze('Raise NPS from 30 to 45');
    expect(cache.analyze('Raise NPS from 30 to 45')).toBe(first);
  });

  it('keeps a text asked again from the older generation', () => {
    const cache = new AnalysisCache(2);
    const kept = cache.analyze('Cut churn from 5% to 3%');
    cache.analyze('Ship the billing page');
    cache.analyze('Hold 12 webinars'); // the first two become the older generation
    expect(cache.analyze('Cut churn from 5% to 3%')).toBe(kept);
  });

  it('forgets texts two generations old, and analyses them again to the same result', () => {
    const cache = new AnalysisCache(1);
    const dropped = cache.analyze('Cut churn from 5% to 3%');
    cache.analyze('Ship the billing page');
    cache.analyze('Hold 12 webinars');
    const again = cache.analyze('Cut churn from 5% to 3%');
    expect(again).not.toBe(dropped);
    expect(again.tokens.map((token) => token.text)).toEqual(dropped.tokens.map((token) => token.text));
  });
});
