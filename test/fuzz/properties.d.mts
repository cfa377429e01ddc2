/** Types for properties.mjs (plain JavaScript, shared with scripts/fuzz.mjs). */
import type { CliIo } from '../../src/cli.js';

export function assertNoWarnings(label: string): void;
export function assertMessages(text: string, results: readonly { messages: readonly object[] }[]): void;
export function withinTime<T>(bound: number, label: string, run: () => T): T;
export function makeChecks(code: Record<string, unknown>, boundMs: number): {
  yamlText(text: string): void;
  bytes(bytes: Uint8Array): void;
  rulesConfig(text: string, rules: Record<string, unknown>): void;
};
export function makeCliSandbox(seed: string): { dir: string; dispose(): void };
export function runCli(main: (argv: readonly string[], io: CliIo) => Promise<number>, argv: readonly string[], dir: string, stdin?: Uint8Array): Promise<number>;
export function writeConfig(dir: string, text: string): void;
