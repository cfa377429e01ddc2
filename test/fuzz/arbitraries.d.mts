/** Types for arbitraries.mjs (plain JavaScript, shared with scripts/fuzz.mjs). */
import type { Arbitrary } from 'fast-check';

export const SEEDS: string[];
export const tokenSoup: Arbitrary<string>;
export const structuredYaml: Arbitrary<string>;
export const mutatedOkrFile: Arbitrary<string>;
export const randomBytes: Arbitrary<Uint8Array>;
export const anyYamlText: Arbitrary<string>;
export function rulesConfig(ruleIds: readonly string[]): Arbitrary<Record<string, unknown>>;
export function configFileText(ruleIds: readonly string[]): Arbitrary<string>;
export const argv: Arbitrary<string[]>;
