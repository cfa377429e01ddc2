// Types for the README generator, so test/readme.test.ts can import it under strict TypeScript.
import type { RuleDefinition } from '../src/rule-kit/types.js';

export type PresetName = 'recommended' | 'strict' | 'all';
export function renderRulesTable(rules: Iterable<RuleDefinition<any>>, inPreset: (rule: RuleDefinition<any>, preset: PresetName) => boolean): string;
export function section(text: string, name: string): string | undefined;
export function replaceSection(text: string, name: string, content: string): string;
export function renderChecksTable(checks: Record<string, { description: string; level: string }>): string;
