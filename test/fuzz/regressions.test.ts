/**
 * Every failure the fuzzer found, kept as a named test (rerun the fuzzer with the seed
 * given to see the original report).
 */
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/api.js';

describe('fuzz regressions', () => {
  it('a merge key inside a complex (collection) key does not throw while checking for duplicate keys (npm run fuzz, seed 2026)', () => {
    const [result] = lintText('? <<: $1.2M:p95 < 300ms12:30:00yes\\u', { preset: 'all' });
    expect(result!.messages).toMatchObject([{ ruleId: 'yaml/syntax', line: 1, message: expect.stringContaining('Merge sources must be maps') }]);
  });
});
