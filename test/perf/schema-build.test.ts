import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_HASH } from '../../src/schema/okr-validator.generated.js';
import { validateStructure } from '../../src/schema/validate.js';

describe('precompiled OKR schema validator', () => {
  it('was generated from the current schema file (rerun npm run build after editing it)', () => {
    const text = readFileSync(new URL('../../schema/okr.schema.json', import.meta.url), 'utf8');
    expect(SCHEMA_HASH).toBe(createHash('sha256').update(text).digest('hex').slice(0, 16));
  });

  it('accepts a well-formed file and places an unknown key at the key', () => {
    const good = { period: '2027-Q2', team: 'Ledger', objectives: [{ id: 'ledger-speed', title: 'Settle faster', key_results: ['Cut settlement from 3 days to 1'] }] };
    expect(validateStructure(good)).toEqual([]);
    const problems = validateStructure({ ...good, teem: 'typo' });
    expect(problems).toEqual([expect.objectContaining({ path: ['teem'], atKey: true })]);
    expect(problems[0]!.message).toMatch(/Unknown key "teem".*expected one of: period, team/);
  });

  it('counts characters, not UTF-16 units, for empty-text checks', () => {
    const problems = validateStructure({ period: '2027-Q2', team: '', objectives: [] });
    expect(problems.map((p) => p.path)).toEqual([['team']]);
    expect(validateStructure({ period: '2027-Q2', team: '\u{1F680}', objectives: [] })).toEqual([]);
  });

  it('does not load ajv at run time', () => {
    const generated = readFileSync(new URL('../../src/schema/okr-validator.generated.ts', import.meta.url), 'utf8');
    expect(generated).not.toMatch(/\brequire\(|^import (?!type)/m);
  });
});
