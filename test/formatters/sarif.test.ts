import { createRequire } from 'node:module';
import AjvDraft04 from 'ajv-draft-04';
import formats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { lintText, ruleRegistry } from '../../src/api.js';
import sarif from '../../src/formatters/sarif.js';
import { CWD, context, message, result, sampleResults } from './fixtures.js';

// The SARIF 2.1.0 schema as published (draft-04), shipped by @microsoft/jest-sarif.
const require = createRequire(import.meta.url);
const schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json') as Record<string, unknown>;
// The published schema's language pattern is not valid with the u flag, so patterns compile without it.
// CommonJS packages: under NodeNext their classes sit on .default.
const Ajv = AjvDraft04.default;
const addFormats = formats.default;
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validateSarif = ajv.compile(schema);

const parse = (text: string) => JSON.parse(text) as any;

describe('sarif formatter', () => {
  it('produces a log that the SARIF 2.1.0 schema accepts', () => {
    const log = parse(sarif(sampleResults(), context()));
    const valid = validateSarif(log);
    expect(validateSarif.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(log.version).toBe('2.1.0');
  });

  it('the schema check is not a formality: a broken log is rejected', () => {
    const log = parse(sarif(sampleResults(), context()));
    log.runs[0].results[0].level = 'fatal';
    delete log.runs[0].tool.driver.name;
    expect(validateSarif(log)).toBe(false);
  });

  it('lists every registered rule in the driver, with descriptions, help and a help URI', () => {
    const log = parse(sarif([], context()));
    const driverRules = log.runs[0].tool.driver.rules as any[];
    const registry = ruleRegistry();
    expect(driverRules.map((r) => r.id).sort()).toEqual([...registry.keys()].sort());
    for (const rule of driverRules) {
      expect(rule.shortDescription.text).toBe(registry.get(rule.id)!.meta.docs.description);
      expect(rule.fullDescription.text).toContain(registry.get(rule.id)!.meta.docs.rationale);
      expect(rule.help.text).toContain(`okrlint explain ${rule.id}`);
      expect(rule.helpUri).toMatch(/^https:\/\/\S+#[a-z0-9-]+$/);
    }
  });

  it('adds engine checks that fired (file/binary) to the driver and points results at them', () => {
    const log = parse(sarif(sampleResults(), context()));
    const run = log.runs[0];
    for (const result of run.results) expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
    expect(run.tool.driver.rules.some((r: any) => r.id === 'file/binary')).toBe(true);
  });

  it('gives results a level, relative uri with a base id, and a 1-based region; whole-file problems have none', () => {
    const [first, , , binary] = parse(sarif(sampleResults(), context())).runs[0].results;
    expect(first.level).toBe('warning');
    expect(first.locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'okrs/growth.okr.yaml', uriBaseId: '%SRCROOT%' });
    expect(first.locations[0].physicalLocation.region).toEqual({ startLine: 4, startColumn: 5, endLine: 4, endColumn: 30 });
    expect(binary.ruleId).toBe('file/binary');
    expect(binary.level).toBe('error');
    expect(binary.locations[0].physicalLocation.region).toBeUndefined();
    expect(parse(sarif(sampleResults(), context())).runs[0].originalUriBaseIds['%SRCROOT%'].uri).toBe(`file://${CWD}/`);
  });

  it('percent-encodes file names into valid URI references, including standard input', () => {
    const results = [result(`${CWD}/team okrs/Q3 [draft].okr.yaml`, [message()]), result('<stdin>', [message({ ruleId: 'yaml/ambiguous-boolean' })])];
    const log = parse(sarif(results, context()));
    expect(validateSarif(log)).toBe(true);
    const uris = log.runs[0].results.map((r: any) => r.locations[0].physicalLocation.artifactLocation.uri);
    expect(uris).toEqual(['team%20okrs/Q3%20%5Bdraft%5D.okr.yaml', '%3Cstdin%3E']);
    // An engine check that fired gets a driver entry with its own level.
    const check = log.runs[0].tool.driver.rules.find((r: any) => r.id === 'yaml/ambiguous-boolean');
    expect(check.defaultConfiguration.level).toBe('warning');
  });

  it('keeps the suggestion in the message text', () => {
    const results = parse(sarif(sampleResults(), context())).runs[0].results;
    expect(results[1].message.text).toContain('Suggestion: Add source: "Billing dashboard"');
  });

  it('gives two findings of one rule at one place different fingerprints', () => {
    const results = parse(sarif(sampleResults(), context())).runs[0].results;
    const prints = results.map((r: any) => r.partialFingerprints['okrlintFinding/v1']);
    expect(new Set(prints).size).toBe(prints.length);
  });

  it('keeps fingerprints when lines move, and changes them when the key result text changes', () => {
    const okr = (lead: string, kr: string) =>
      `${lead}period: 2027-Q2\nteam: Billing\nobjectives:\n  - title: Make invoices something customers trust\n    key_results:\n      - ${kr}\n`;
    const lint = (yaml: string) => lintText(yaml, { filePath: `${CWD}/billing.okr.yaml`, preset: 'all', rules: { 'objective-kr-count': 'error' } });
    const fingerprints = (yaml: string) => {
      const run = parse(sarif(lint(yaml), context())).runs[0];
      return { prints: run.results.map((r: any) => r.partialFingerprints['okrlintFinding/v1']).sort(), lines: run.results.map((r: any) => r.locations[0].physicalLocation.region?.startLine) };
    };
    const before = fingerprints(okr('', 'Cut disputed invoices from 3% to 1%'));
    const moved = fingerprints(okr('# Billing team OKRs\n# reviewed every Monday\n\n', 'Cut disputed invoices from 3% to 1%'));
    const reworded = fingerprints(okr('', 'Cut disputed invoices from 3% to 0.5%'));
    expect(before.prints.length).toBeGreaterThan(0);
    expect(moved.lines).not.toEqual(before.lines);
    expect(moved.prints).toEqual(before.prints);
    expect(reworded.prints).not.toEqual(before.prints);
  });
});
