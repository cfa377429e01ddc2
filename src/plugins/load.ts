/**
 * Loads plugins: "acme" -> okrlint-plugin-acme, "@scope" -> @scope/okrlint-plugin,
 * "@scope/acme" -> @scope/okrlint-plugin-acme, "./path" -> a local module. A plugin exports
 * { rules, configs }; its rules are addressed as `<namespace>/<rule-id>`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { FatalError } from '../engine/errors.js';
import { importFile } from '../config/import-file.js';
import type { RuleDefinition } from '../rule-kit/types.js';
import type { LoadedPlugin } from '../config/types.js';

const PREFIX = 'okrlint-plugin';
/** Namespaces the engine uses for its own messages. */
const RESERVED = new Set(['okrlint', 'okr', 'yaml', 'file', 'schema']);

export interface PluginRequest {
  /** As written in the config. */
  name: string;
  /** The rule namespace. */
  namespace: string;
  /** A package name, or an absolute path for local plugins. */
  request: string;
  local: boolean;
}

export function pluginRequest(name: string, fromDirectory: string): PluginRequest {
  if (name.startsWith('.') || isAbsolute(name)) {
    const file = basename(name).replace(/\.(c|m)?js$/, '');
    const namespace = file.startsWith(`${PREFIX}-`) ? file.slice(PREFIX.length + 1) : file;
    return { name, namespace, request: resolve(fromDirectory, name), local: true };
  }
  if (name.startsWith('@')) {
    const [scope, rest] = name.split('/') as [string, string | undefined];
    if (!rest || rest === PREFIX) return { name, namespace: scope, request: `${scope}/${PREFIX}`, local: false };
    const bare = rest.startsWith(`${PREFIX}-`) ? rest.slice(PREFIX.length + 1) : rest;
    return { name, namespace: `${scope}/${bare}`, request: `${scope}/${PREFIX}-${bare}`, local: false };
  }
  const bare = name.startsWith(`${PREFIX}-`) ? name.slice(PREFIX.length + 1) : name;
  return { name, namespace: bare, request: `${PREFIX}-${bare}`, local: false };
}

/** Resolves to a file: CommonJS resolution first, then an ESM-only package's "exports". */
function resolveModule(request: PluginRequest, fromDirectory: string): string | undefined {
  const require = createRequire(join(fromDirectory, 'okrlint-config.js'));
  try {
    return require.resolve(request.request);
  } catch {
    if (request.local) return undefined;
  }
  for (let dir = fromDirectory; ; dir = dirname(dir)) {
    const packageDir = join(dir, 'node_modules', request.request);
    if (existsSync(join(packageDir, 'package.json'))) return esmEntry(packageDir);
    if (dirname(dir) === dir) return undefined;
  }
}

function esmEntry(packageDir: string): string | undefined {
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { exports?: unknown; main?: string };
  let entry: unknown = manifest.exports;
  if (typeof entry === 'object' && entry !== null && '.' in entry) entry = (entry as Record<string, unknown>)['.'];
  while (typeof entry === 'object' && entry !== null) {
    const conditions = entry as Record<string, unknown>;
    entry = conditions.import ?? conditions.default ?? conditions.node;
  }
  const file = join(packageDir, typeof entry === 'string' ? entry : manifest.main ?? 'index.js');
  return existsSync(file) ? file : undefined;
}

const loaded = new Map<string, Promise<LoadedPlugin>>();

export function loadPlugin(name: string, fromDirectory: string): Promise<LoadedPlugin> {
  const request = pluginRequest(name, fromDirectory);
  if (RESERVED.has(request.namespace)) {
    return Promise.reject(new FatalError(`Plugin "${name}" cannot use the namespace "${request.namespace}": okrlint reserves it for its own messages.`));
  }
  const file = resolveModule(request, fromDirectory);
  if (!file) {
    const looked = request.local ? `no module at ${request.request}` : `the package "${request.request}" is not installed where ${fromDirectory} can see it; run npm install --save-dev ${request.request}`;
    return Promise.reject(new FatalError(`Cannot find plugin "${name}": ${looked}.`));
  }
  let plugin = loaded.get(file);
  if (!plugin) {
    plugin = importPlugin(request, file);
    loaded.set(file, plugin);
  }
  return plugin;
}

async function importPlugin(request: PluginRequest, file: string): Promise<LoadedPlugin> {
  let module: Record<string, unknown>;
  try {
    module = await importFile(file);
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    throw new FatalError(`Plugin "${request.name}" (${file}) failed to load: ${reason}`);
  }
  const exported = (module.default ?? module) as { rules?: unknown; configs?: unknown };
  const invalid = (what: string) => new FatalError(`Plugin "${request.name}" (${file}) must export { rules, configs }: ${what}.`);
  if (typeof exported.rules !== 'object' || exported.rules === null) throw invalid('"rules" is missing or not an object');
  if (exported.configs !== undefined && (typeof exported.configs !== 'object' || exported.configs === null)) throw invalid('"configs" is not an object');
  const rules = new Map<string, RuleDefinition<any>>();
  for (const [id, rule] of Object.entries(exported.rules as Record<string, unknown>)) {
    const problem = ruleProblem(rule);
    if (problem) throw invalid(`rule "${id}" ${problem}`);
    rules.set(`${request.namespace}/${id}`, rule as RuleDefinition<any>);
  }
  return { name: request.namespace, path: file, rules, configs: (exported.configs ?? {}) as Record<string, unknown> };
}

/** Enough of a rule for the engine and the docs commands to work with it. */
function ruleProblem(rule: unknown): string | undefined {
  if (typeof rule !== 'object' || rule === null) return 'is not a rule object (use defineRule from okrlint/rule-kit)';
  const { create, meta } = rule as Partial<RuleDefinition<any>>;
  if (typeof create !== 'function') return 'has no create() function';
  if (typeof meta !== 'object' || meta === null) return 'has no meta';
  if (typeof meta.messages !== 'object' || meta.messages === null) return 'has no meta.messages';
  if (typeof meta.docs?.description !== 'string') return 'has no meta.docs.description';
  if (meta.defaultSeverity !== 'warn' && meta.defaultSeverity !== 'error') return 'needs meta.defaultSeverity "warn" or "error"';
  return undefined;
}
