/**
 * Resolves a configuration: walks `extends` (presets, plugin configs, npm packages, paths),
 * loads plugins, validates every rule setting and keeps `overrides` and `ignores` with the
 * directory their globs are relative to. The result answers "which rules for this file?".
 */
import { createRequire } from 'node:module';
import type { default as Picomatch } from 'picomatch';
import { dirname, isAbsolute, join } from 'node:path';
import { FatalError } from '../engine/errors.js';
import { importFile } from './import-file.js';
import { loadPlugin } from '../plugins/load.js';
import type { UnusedDirectiveSetting } from '../engine/directives.js';
import type { RuleDefinition } from '../rule-kit/types.js';
import { configError, displayName, setDisplayRoot } from './errors.js';
import { IgnoreSet, relativePosix } from './ignore.js';
import { mergeRules, presetRules, type PresetName, type RulesConfig } from './rules.js';
import type { ConfigData, ConfigSource, LoadedConfig, LoadedPlugin, ResolvedOverride } from './types.js';
import { validateRules, validateShape } from './validate.js';
import { ResolvedConfig } from './resolved.js';

export const PRESETS: readonly PresetName[] = ['recommended', 'strict', 'all'];
const DEFAULT_EXTENDS = 'okrlint:recommended';

export interface ResolveOptions {
  cwd: string;
  builtinRules: readonly RuleDefinition<any>[];
  /** A config file to use instead of searching; `false` for none (defaults only). */
  config?: string | false;
  /** The base when no configuration file is used (default: recommended). */
  preset?: PresetName;
  /** Rule settings applied last, on every file (`--rule`, the API's `rules`). */
  rules?: RulesConfig;
  /** Extra rule definitions given through the API, addressed by their full id. */
  extraRules?: ReadonlyMap<string, RuleDefinition<any>>;
}

/** Mutable state while walking one configuration and everything it extends. */
class Builder {
  readonly registry: Map<string, RuleDefinition<any>>;
  readonly plugins = new Map<string, LoadedPlugin>();
  rules: RulesConfig = {};
  readonly overrides: ResolvedOverride[] = [];
  readonly ignores = new IgnoreSet();
  reportUnusedDisableDirectives: UnusedDirectiveSetting = false;
  private readonly chain: string[] = [];

  constructor(readonly builtinRules: readonly RuleDefinition<any>[], extraRules?: ReadonlyMap<string, RuleDefinition<any>>) {
    this.registry = new Map(builtinRules.map((rule) => [rule.name, rule]));
    for (const [id, rule] of extraRules ?? []) this.registry.set(id, rule);
  }

  async apply(config: LoadedConfig, implicitBase: boolean): Promise<void> {
    const { source, data } = config;
    if (this.chain.includes(source.name)) {
      throw new FatalError(`Configuration cycle: ${[...this.chain, source.name].map((n) => displayName(n)).join(' -> ')}.`);
    }
    this.chain.push(source.name);
    validateShape(data, source);
    for (const [index, name] of (data.plugins ?? []).entries()) await this.addPlugin(name, source, index);
    const bases = data.extends === undefined ? (implicitBase ? [DEFAULT_EXTENDS] : []) : [data.extends].flat();
    for (const [index, name] of bases.entries()) await this.extend(name, source, index);
    if (data.rules) {
      validateRules(data.rules, source, ['rules'], this.registry);
      this.rules = mergeRules(this.rules, data.rules);
    }
    this.addOverrides(data, source);
    if (data.ignores) this.ignores.add(source.directory, data.ignores);
    if (data.reportUnusedDisableDirectives !== undefined) this.reportUnusedDisableDirectives = data.reportUnusedDisableDirectives;
    this.chain.pop();
  }

  private async addPlugin(name: string, source: ConfigSource, index: number): Promise<void> {
    let plugin: LoadedPlugin;
    try {
      plugin = await loadPlugin(name, source.directory);
    } catch (error) {
      if (error instanceof FatalError) throw configError(source, ['plugins', index], error.message);
      throw error;
    }
    if (this.plugins.has(plugin.name)) return;
    this.plugins.set(plugin.name, plugin);
    for (const [id, rule] of plugin.rules) this.registry.set(id, rule);
  }

  private async extend(name: string, source: ConfigSource, index: number): Promise<void> {
    const at = ['extends', index] as const;
    if (name.startsWith('okrlint:')) {
      const preset = name.slice('okrlint:'.length) as PresetName;
      if (!PRESETS.includes(preset)) throw configError(source, at, `unknown preset "${name}"; expected okrlint:recommended, okrlint:strict or okrlint:all.`);
      this.rules = mergeRules(this.rules, presetRules(this.builtinRules, preset));
      return;
    }
    if (name.startsWith('plugin:')) return this.extendPluginConfig(name, source, index);
    const loaded = name.startsWith('.') || isAbsolute(name) ? await this.loadPath(name, source, index) : await loadSharedConfig(name, source, index);
    await this.apply(loaded, false);
  }

  private async extendPluginConfig(name: string, source: ConfigSource, index: number): Promise<void> {
    const match = /^plugin:(.+)\/([^/]+)$/.exec(name);
    const plugin = match ? this.plugins.get(match[1]!) : undefined;
    if (!match || !plugin) {
      const loaded = [...this.plugins.keys()];
      throw configError(source, ['extends', index], `"${name}" needs its plugin in "plugins" (loaded: ${loaded.join(', ') || 'none'}); write plugin:<name>/<config>.`);
    }
    const data = plugin.configs[match[2]!];
    if (data === undefined) {
      throw configError(source, ['extends', index], `plugin "${plugin.name}" has no config "${match[2]}"; it has ${Object.keys(plugin.configs).join(', ') || 'none'}.`);
    }
    await this.apply({ source: { name, directory: dirname(plugin.path) }, data: data as ConfigData }, false);
  }

  private async loadPath(name: string, source: ConfigSource, index: number): Promise<LoadedConfig> {
    try {
      const { loadConfigFile } = await configLoader();
      return await loadConfigFile(name, source.directory, 'extended config');
    } catch (error) {
      if (error instanceof FatalError && /no such file/.test(error.message)) throw configError(source, ['extends', index], error.message);
      throw error;
    }
  }

  private addOverrides(data: ConfigData, source: ConfigSource): void {
    for (const [index, override] of (data.overrides ?? []).entries()) {
      const rules = override.rules ?? {};
      validateRules(rules, source, ['overrides', index, 'rules'], this.registry);
      this.overrides.push({ matches: globMatcher(source.directory, override.files, override.excludedFiles), rules });
    }
  }
}

/** Globs relative to `directory`; a glob without a slash matches a file name at any depth. */
function globMatcher(directory: string, files: string | string[], excluded: string | string[] = []): (file: string) => boolean {
  const include = compileGlobs([files].flat());
  const exclude = compileGlobs([excluded].flat());
  return (file) => {
    const path = relativePosix(directory, file);
    return path !== undefined && include(path) && !exclude(path);
  };
}

/** picomatch's basename option also changes how globs with slashes match, so the two kinds compile apart. */
function compileGlobs(globs: string[]): (path: string) => boolean {
  const picomatch = requireHere('picomatch') as typeof Picomatch;
  const names = globs.filter((g) => !g.includes('/'));
  const paths = globs.filter((g) => g.includes('/'));
  const byName = names.length ? picomatch(names, { dot: true, basename: true }) : () => false;
  const byPath = paths.length ? picomatch(paths, { dot: true }) : () => false;
  return (path) => byName(path) || byPath(path);
}

/** picomatch is loaded on first use: runs without overrides never pay for it. */
const requireHere = createRequire(import.meta.url);

/** cosmiconfig and the loaders, only when a config file is searched for or named. */
const configLoader = () => import('./load.js');

/** `extends: some-package`: the package, or okrlint-config-<name>, resolved from the config's directory. */
async function loadSharedConfig(name: string, source: ConfigSource, index: number): Promise<LoadedConfig> {
  const require = createRequire(join(source.directory, 'okrlint-config.js'));
  const candidates = name.startsWith('okrlint-config') || name.startsWith('@') ? [name] : [name, `okrlint-config-${name}`];
  let file: string | undefined;
  for (const candidate of candidates) {
    try {
      file = require.resolve(candidate);
      break;
    } catch {
      // try the next candidate
    }
  }
  if (!file) throw configError(source, ['extends', index], `cannot find the shareable config "${name}"; install it (npm install --save-dev ${candidates.at(-1)}) or use a relative path starting with "./".`);
  if (/\.(json|ya?ml)$/.test(file)) return (await configLoader()).loadConfigFile(file, source.directory, 'extended config');
  let module: Record<string, unknown>;
  try {
    module = await importFile(file);
  } catch (error) {
    throw configError(source, ['extends', index], `the shareable config "${name}" failed to load: ${(error as Error).message.split('\n')[0]}`);
  }
  return { source: { name: file, directory: dirname(file) }, data: (module.default ?? module) as ConfigData };
}

const CLI_SOURCE: ConfigSource = { name: '--rule', directory: process.cwd() };

export async function resolveConfig(options: ResolveOptions): Promise<ResolvedConfig> {
  setDisplayRoot(options.cwd);
  const builder = new Builder(options.builtinRules, options.extraRules);
  let loaded: LoadedConfig | undefined;
  if (options.config !== false) {
    const { findConfig, loadConfigFile } = await configLoader();
    loaded = options.config ? await loadConfigFile(options.config, options.cwd) : await findConfig(options.cwd);
  }
  if (loaded) await builder.apply(loaded, true);
  else builder.rules = presetRules(builder.registry.values(), options.preset ?? 'recommended');
  const cliRules = options.rules ?? {};
  validateRules(cliRules, CLI_SOURCE, ['rules'], builder.registry);
  builder.ignores.addIgnoreFiles([options.cwd, ...(loaded ? [loaded.source.directory] : [])]);
  return new ResolvedConfig({
    configFile: loaded?.source.name,
    registry: builder.registry,
    plugins: [...builder.plugins.values()],
    rules: builder.rules,
    overrides: builder.overrides,
    cliRules,
    ignores: builder.ignores,
    reportUnusedDisableDirectives: builder.reportUnusedDisableDirectives,
  });
}
