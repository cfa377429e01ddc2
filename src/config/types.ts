/** The shapes of a configuration: as written in a file, as loaded, and as resolved for a file. */
import type { UnusedDirectiveSetting } from '../engine/directives.js';
import type { RuleDefinition } from '../rule-kit/types.js';
import type { RulesConfig } from './rules.js';

export type ConfigPath = readonly (string | number)[];

/** A configuration object as written (after parsing, before resolution). */
export interface ConfigData {
  extends?: string | string[];
  plugins?: string[];
  rules?: RulesConfig;
  overrides?: { files: string | string[]; excludedFiles?: string | string[]; rules?: RulesConfig }[];
  ignores?: string[];
  reportUnusedDisableDirectives?: UnusedDirectiveSetting;
}

/** Where a configuration came from, so errors can name the file and the line. */
export interface ConfigSource {
  /** Absolute path of the file, or a description ("--rule", "plugin:acme/recommended"). */
  name: string;
  /** The directory globs and relative paths are resolved from. */
  directory: string;
  /** The line and column of a path inside the file, when the file is text. */
  locate?(path: ConfigPath, atKey?: boolean): { line: number; column: number } | undefined;
}

export interface LoadedConfig {
  source: ConfigSource;
  data: ConfigData;
}

export interface LoadedPlugin {
  /** The namespace of its rules: `acme` in `acme/rule-id`. */
  name: string;
  /** Where it was loaded from. */
  path: string;
  rules: Map<string, RuleDefinition<any>>;
  configs: Record<string, unknown>;
}

/** One `overrides` entry, with its globs compiled against its own config's directory. */
export interface ResolvedOverride {
  matches(filePath: string): boolean;
  rules: RulesConfig;
}
