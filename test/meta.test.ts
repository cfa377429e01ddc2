/** Every rule: registered once, named like its file, documented, and its examples behave as documented. */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { findings } from './helpers.js';

const ruleFiles = readdirSync(new URL('../rules/', import.meta.url))
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
  .map((f) => f.replace(/\.ts$/, ''));

describe('rule registry', () => {
  it('registers every file in rules/ exactly once', () => {
    expect(builtinRules.map((r) => r.name).sort()).toEqual([...ruleFiles].sort());
  });
});

describe.each(builtinRules.map((rule) => [rule.name, rule] as const))('%s', (name, rule) => {
  it('has a kebab-case name with a known prefix', () => {
    expect(name).toMatch(/^(kr|objective|okr)-[a-z]+(-[a-z]+)*$/);
  });

  it('is documented', () => {
    const { docs } = rule.meta;
    expect(docs.description.length).toBeGreaterThan(10);
    expect(docs.description).toMatch(/\.$/);
    expect(docs.rationale.length).toBeGreaterThan(20);
    expect(['warn', 'error']).toContain(rule.meta.defaultSeverity);
    expect(docs.examples.valid.length).toBeGreaterThan(0);
    expect(docs.examples.invalid.length).toBeGreaterThan(0);
    expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
  });

  it('declares a schema for its options', () => {
    expect(rule.meta.schema).toBeTypeOf('object');
  });

  it.each(rule.meta.docs.examples.valid.map((ex, i) => [i, ex] as const))('valid example %i is not flagged', (_i, example) => {
    expect(findings(name, example)).toEqual([]);
  });

  it.each(rule.meta.docs.examples.invalid.map((ex, i) => [i, ex] as const))('invalid example %i is flagged with a suggestion', (_i, example) => {
    const found = findings(name, example);
    expect(found.length).toBeGreaterThan(0);
    for (const message of found) {
      expect(message.message).not.toMatch(/\{\{/);
      expect(message.suggestion, 'every finding carries a rewrite suggestion').toBeTruthy();
    }
  });
});
