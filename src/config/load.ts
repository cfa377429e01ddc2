/**
 * Finds and reads configuration files with cosmiconfig. Our own loaders make a `.json`
 * file strict JSON (never YAML), read `.okrlintrc` as YAML, and remember each file's text
 * so that later errors can name a line and column.
 */
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import type { Loader } from 'cosmiconfig';
import { LineCounter, parseDocument } from 'yaml';
import { FatalError } from '../engine/errors.js';
import { escapeControls } from '../output/terminal-safe.js';
import { nodeAtPath, nodeRange } from '../yaml/parse.js';
import { displayName, formatConfigPath, setDisplayRoot } from './errors.js';
import { importFile } from './import-file.js';
import { lineColumn, parseStrictJson } from './json.js';
import { snapshotData } from './snapshot.js';
import { findSyntaxError } from './syntax-check.js';
import type { ConfigData, ConfigPath, ConfigSource, LoadedConfig } from './types.js';

export const MODULE_NAME = 'okrlint';

/** Searched in this order in each directory, from the working directory up. */
export const SEARCH_PLACES = [
  'package.json',
  '.okrlintrc',
  '.okrlintrc.json',
  '.okrlintrc.yaml',
  '.okrlintrc.yml',
  '.okrlintrc.js',
  '.okrlintrc.cjs',
  '.okrlintrc.mjs',
  'okrlint.config.js',
  'okrlint.config.mjs',
  'okrlint.config.cjs',
];

type Locate = NonNullable<ConfigSource['locate']>;

/** Locates data paths in YAML or JSON text (JSON is valid YAML, so one locator serves both). */
export function textLocator(text: string, prefix: ConfigPath = []): Locate {
  let cached: { contents: unknown; lineCounter: LineCounter } | undefined;
  return (path, atKey = false) => {
    if (!cached) {
      const lineCounter = new LineCounter();
      cached = { contents: parseDocument(text, { lineCounter, logLevel: 'error' }).contents, lineCounter };
    }
    const node = nodeAtPath(cached.contents, [...prefix, ...path], atKey);
    const range = nodeRange(node);
    if (!range) return undefined;
    const { line, col } = cached.lineCounter.linePos(range.start);
    return { line, column: col };
  };
}

function parseFailure(file: string, line: number, column: number, reason: string): FatalError {
  return new FatalError(`Cannot parse config file ${displayName(file)}:${line}:${column}: ${reason}.`);
}

function makeLoaders(locators: Map<string, Locate>, defaultLoaders: typeof import('cosmiconfig').defaultLoaders) {
  const json: Loader = (file, text) => {
    const outcome = parseStrictJson(text);
    if (!outcome.ok) {
      const { line, column } = lineColumn(text, outcome.error.offset);
      throw parseFailure(file, line, column, `${outcome.error.reason} (a .json file is parsed as strict JSON)`);
    }
    locators.set(file, textLocator(text, basename(file) === 'package.json' ? [MODULE_NAME] : []));
    return outcome.value;
  };
  const yaml: Loader = (file, text) => {
    const lineCounter = new LineCounter();
    const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
    const [error] = document.errors;
    if (error) {
      const { line, col } = lineCounter.linePos(error.pos[0]);
      throw parseFailure(file, line, col, error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''));
    }
    locators.set(file, textLocator(text));
    return document.toJS() ?? {};
  };
  return { '.json': json, '.yaml': yaml, '.yml': yaml, noExt: yaml, '.js': jsLoader(defaultLoaders['.js']), '.mjs': jsLoader(defaultLoaders['.mjs']), '.cjs': jsLoader(defaultLoaders['.cjs']) };
}

const JS_CONFIG = /\.(?:js|mjs|cjs)$/;
const EXPORT_HOW = 'export the configuration as the default export: `export default { rules: { ... } }` (in CommonJS, `module.exports = { rules: { ... } }`)';

/**
 * cosmiconfig's loader returns a module's default export. Without one (or with null or
 * undefined) cosmiconfig would take the file as empty, or skip it, and the run would fall back
 * to the defaults; a function would fail validation with "got undefined". A getter that
 * throws is a config error here, not an internal error later (see snapshot.ts).
 */
function jsLoader(load: Loader): Loader {
  return async (file, text) => {
    const config: unknown = await Promise.resolve().then(() => load(file, text)).catch((thrown: unknown) => {
      // A module that throws a plain value ("throw 42") would break cosmiconfig's error handling, which names the file on the error.
      if (thrown instanceof Error) throw thrown;
      throw new FatalError(`Cannot load config file ${displayName(file)}: loading it threw ${escapeControls(String(thrown))}; fix the module so that it loads.`);
    });
    if (config === undefined || config === null) throw await noConfigExported(file, config);
    if (typeof config === 'function') {
      throw new FatalError(`Invalid configuration in ${displayName(file)}: the default export is a function, and a function is not a configuration; export the configuration object itself: \`export default { rules: { ... } }\` (in CommonJS, \`module.exports = { rules: { ... } }\`).`);
    }
    const snapshot = snapshotData(config);
    if (!snapshot.ok) {
      const what = snapshot.path.length ? formatConfigPath(snapshot.path) : 'the default export';
      throw new FatalError(`Invalid configuration in ${displayName(file)}: reading ${what} threw "${escapeControls(snapshot.reason)}"; the default export must be plain data, so compute its values before exporting them.`);
    }
    return snapshot.value;
  };
}

/** Says what the module exports instead (a second import() of a loaded module only reads its cache). */
async function noConfigExported(file: string, config: null | undefined): Promise<FatalError> {
  let what = file.endsWith('.cjs') ? `module.exports is ${String(config)}` : `its default export is ${String(config)}`;
  try {
    const namespace = await importFile(realpathSync(file));
    const names = Object.keys(namespace).filter((name) => name !== 'default' && name !== 'module.exports');
    if (!Object.hasOwn(namespace, 'default')) what = names.length ? `it has no default export, only ${names.length === 1 ? 'the named export' : 'the named exports'} ${names.join(', ')}` : 'it has no default export';
  } catch {
    // The message without the module's exports.
  }
  return new FatalError(`Invalid configuration in ${displayName(file)}: the module exports no configuration (${what}); ${EXPORT_HOW}.`);
}

interface Explorer {
  search(from: string): Promise<{ filepath: string; config: unknown } | null>;
  load(file: string): Promise<{ filepath: string; config: unknown } | null>;
}

/**
 * cosmiconfig costs about 20 ms to load; it is imported only when a config file may exist.
 * The Explorer is built directly, as cosmiconfig() does minus its "meta config" step: that
 * step reads the working directory's package.json (and .config/config.*) with cosmiconfig's
 * own parser, so a package.json starting with a byte order mark failed there with a cut-off
 * message, and a "cosmiconfig" key in it could move okrlint's search places. Our loaders read
 * every file okrlint looks for, BOM and all, and name the place of a syntax error.
 * dist/Explorer.js is not a public entry point: package.json pins cosmiconfig to the exact
 * version this was written against, and the config tests fail if an upgrade moves it.
 */
async function explorer(locators: Map<string, Locate>): Promise<Explorer> {
  const [{ defaultLoaders }, { Explorer }] = await Promise.all([import('cosmiconfig'), import('cosmiconfig/dist/Explorer.js' as string) as Promise<{ Explorer: new (options: object) => Explorer }>]);
  return new Explorer({
    moduleName: MODULE_NAME,
    searchPlaces: SEARCH_PLACES,
    searchStrategy: 'none',
    loaders: { ...defaultLoaders, ...makeLoaders(locators, defaultLoaders) },
    ignoreEmptySearchPlaces: false,
    cache: false,
    transform: (result: unknown) => result,
    metaConfigFilePath: null,
    mergeImportArrays: true,
    mergeSearchPlaces: true,
  });
}

function toLoaded(file: string, config: unknown, locators: Map<string, Locate>): LoadedConfig {
  // cosmiconfig never calls the loader for a file of blank text; for JavaScript that is a module without a default export.
  if (config === undefined && JS_CONFIG.test(file)) {
    throw new FatalError(`Invalid configuration in ${displayName(file)}: the module exports no configuration (the file is empty); ${EXPORT_HOW}.`);
  }
  const locate = locators.get(file);
  return {
    source: { name: file, directory: dirname(file), ...(locate ? { locate } : {}) },
    data: (config ?? {}) as ConfigData,
  };
}

/** Reports a loader failure as one line; FatalErrors from our loaders pass through. */
function asFatal(file: string, error: unknown): FatalError {
  if (error instanceof FatalError) return error;
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
  // A syntax error in a JavaScript config: Node's load message lacks the place (and for ESM misleads).
  const syntax = isSyntaxFailure(error, message) ? findSyntaxError(file) : undefined;
  if (syntax) return new FatalError(`${displayName(file)}:${syntax.line}:${syntax.column}: SyntaxError: ${syntax.message}`);
  if (/No loader specified/.test(message)) {
    return new FatalError(`Cannot load config file ${displayName(file)}: okrlint reads .json, .yaml, .yml, .js, .cjs, .mjs and extension-less YAML files.`);
  }
  return new FatalError(`Cannot load config file ${displayName(file)}: ${message}`);
}

function isSyntaxFailure(error: unknown, message: string): boolean {
  return (error instanceof Error && error.name === 'SyntaxError') || /Cannot require\(\) ES Module|SyntaxError/.test(message);
}

/**
 * Searches from `cwd` up to the repository root (the directory holding .git) or the home
 * directory, whichever comes first; the first directory with a config wins.
 */
export async function findConfig(cwd: string): Promise<LoadedConfig | undefined> {
  setDisplayRoot(cwd);
  const home = homedir();
  let dir: string | undefined = firstCandidateDirectory(resolve(cwd), home);
  if (dir === undefined) return undefined;
  const locators = new Map<string, Locate>();
  const search = await explorer(locators);
  for (;;) {
    let found;
    try {
      found = await search.search(dir);
    } catch (error) {
      throw asFatal((error as { filepath?: string }).filepath ?? dir, error);
    }
    if (found) return toLoaded(found.filepath, found.config, locators);
    const parent = dirname(dir);
    if (parent === dir || dir === home || existsSync(join(dir, '.git'))) return undefined;
    dir = parent;
  }
}

/**
 * The first directory of the search (same stops as findConfig) holding a file cosmiconfig would
 * read, found by existence checks alone; a package.json that never mentions okrlint is skipped.
 */
function firstCandidateDirectory(start: string, home: string): string | undefined {
  for (let dir = start; ; ) {
    if (SEARCH_PLACES.some((name) => existsSync(join(dir, name)) && (name !== 'package.json' || mentionsModule(join(dir, name))))) return dir;
    const parent = dirname(dir);
    if (parent === dir || dir === home || existsSync(join(dir, '.git'))) return undefined;
    dir = parent;
  }
}

/**
 * Would cosmiconfig find (or fail on) an "okrlint" key here? A package that merely depends on
 * okrlint mentions the name too, and loading cosmiconfig for it costs a pre-commit run ~15 ms.
 */
function mentionsModule(packageJson: string): boolean {
  let text: string;
  try {
    text = readFileSync(packageJson, 'utf8');
  } catch {
    return true; // unreadable: let cosmiconfig report it
  }
  if (!text.includes(`"${MODULE_NAME}"`)) return false;
  const parsed = parseStrictJson(text);
  // Invalid JSON and a bare `null` make cosmiconfig throw: keep them for it to report.
  if (!parsed.ok || parsed.value === null) return true;
  const data = parsed.value as Record<string, unknown>;
  return Object.hasOwn(data, MODULE_NAME) && data[MODULE_NAME] !== null;
}

/** Loads one named file (`--config`, a relative `extends`); a missing file is fatal. */
export async function loadConfigFile(file: string, cwd: string, what = 'config file'): Promise<LoadedConfig> {
  const absolute = resolve(cwd, file);
  if (!existsSync(absolute)) throw new FatalError(`Cannot read ${what} "${file}": no such file (looked for ${displayName(absolute)}).`);
  if (statSync(absolute).isDirectory()) throw new FatalError(`Cannot read ${what} "${file}": it is a directory; name a configuration file in it, such as ${displayName(join(absolute, '.okrlintrc.yaml'))}.`);
  const locators = new Map<string, Locate>();
  try {
    const found = await (await explorer(locators)).load(absolute);
    return toLoaded(absolute, found?.config, locators);
  } catch (error) {
    throw asFatal(absolute, error);
  }
}
