#!/usr/bin/env node
// Bundles the compiled CLI (dist/src) and the packages it imports into one CommonJS script,
// dist/bundle/okrlint.cjs, and takes V8's code cache of it after a training run,
// dist/bundle/okrlint.code-cache. src/cli-bundle.cts compiles the script with that cache, so a
// run neither resolves and reads about a hundred modules (Node's loaders: yaml alone has 70
// files) nor parses and compiles most of its code (Node 20 keeps no compile cache for ES
// modules; Node 22 would). One file, 160 -> 130 ms (hyperfine, 2-core machine). Lazily
// imported modules (commands, formatters, the cache) stay lazy: they run on first import.
// Worker threads run the same script (dist/bundle/worker.js starts them). bin/okrlint.js uses
// the bundle only while it is newer than dist/src/cli.js, so a plain `tsc` rebuild is never
// shadowed by a stale bundle. Without esbuild (a production install) the step is skipped.
// First, as the build's other step that needs the compiled sources, scripts/build-stems.mjs
// precomputes the stems of the built-in word lists.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';

const require = createRequire(import.meta.url);
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUTDIR = join(ROOT, 'dist/bundle');
const DIST_SRC = join(ROOT, 'dist/src');
const loader = () => import(pathToFileURL(join(DIST_SRC, 'cli-bundle.cjs')).href);

/** The training run whose compiled functions the code cache keeps: the default lint of the examples. */
const TRAINING_ARGS = ['examples/2027-q1', '--no-config', '--no-color', '--concurrency', 'off'];

async function bundle() {
  // Its own process: it wraps natural's stemmer and loads every rule, which this one must not.
  const stems = spawnSync(process.execPath, [join(ROOT, 'scripts/build-stems.mjs')], { stdio: 'inherit' });
  if (stems.status !== 0) process.exit(stems.status ?? 1);

  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    process.stderr.write('bundle: esbuild is not installed; bin/okrlint.js runs dist/src unbundled.\n');
    process.exit(0);
  }
  rmSync(OUTDIR, { recursive: true, force: true });
  const { outputFiles } = await esbuild.build({
    stdin: { contents: ENTRY, resolveDir: DIST_SRC, sourcefile: 'bundle-entry.js' },
    write: false,
    outfile: 'okrlint.cjs',
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    // import() of a bundled module becomes its lazy initialisation, of an external package a require().
    supported: { 'dynamic-import': false },
    plugins: [virtualModules, keepExternal, importThroughLoader],
    define: { 'import.meta.url': '__okrlintBundleUrl' },
    logLevel: 'warning',
  });
  const { BUNDLE_FILE, BUNDLE_PARAMETERS, BUILD_MARK } = await loader();
  mkdirSync(OUTDIR, { recursive: true });
  // Wrapped as the loader runs it (src/cli-bundle.cts), so it compiles the file's text as it is;
  // the last line names the build, which the code cache repeats (see buildIdOf).
  const wrapped = `(function (${BUNDLE_PARAMETERS.join(', ')}) {${asciiOnly(outputFiles[0].text)}\n})`;
  const buildId = createHash('sha256').update(wrapped).digest('hex').slice(0, 32);
  writeFileSync(BUNDLE_FILE, `${wrapped}${BUILD_MARK}${buildId}\n`);
  // Where src/workers/pool.ts looks for "./worker.js", next to the bundle; CommonJS, as the loader.
  writeFileSync(join(OUTDIR, 'worker.js'), WORKER);
  writeFileSync(join(OUTDIR, 'package.json'), '{ "type": "commonjs" }\n');
  // Its own process: the cache must hold only what a run of the bundle compiled.
  const cache = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--write-code-cache'], { stdio: 'inherit' });
  if (cache.status !== 0) process.exit(cache.status ?? 1);
}

/**
 * esbuild leaves non-ASCII characters in regular expressions as they are (€, ’, ≥ in the text
 * rules); one of them makes V8 hold the whole script as a two-byte string and Node decode it
 * more slowly. \\uXXXX escapes mean the same in strings, regular expressions and identifiers.
 */
function asciiOnly(code) {
  return code.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const ENTRY = `export { boundHeapGrowth, guardProcess, main } from './cli.js';
export const startWorker = () => import('./workers/worker.js');
`;

const WORKER = `// Written by scripts/bundle.mjs: a lint worker thread runs the CLI bundle with its code cache.
require('../src/cli-bundle.cjs').loadBundle().exports.startWorker();
`;

/**
 * Packages left to Node at run time: ajv (only when a configuration sets rule options) and
 * cosmiconfig (only when a configuration file may exist), both CommonJS, and cosmiconfig
 * imports JavaScript configurations itself.
 */
const EXTERNAL = /^(ajv|cosmiconfig)(\/|$)|^node:/;

const keepExternal = {
  name: 'keep-external',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => (EXTERNAL.test(args.path) && args.namespace === 'file' ? { path: args.path, external: true } : undefined));
  },
};

/**
 * Modules our sources and fdir load with createRequire() (lazily, or optionally), which a
 * bundler cannot follow: natural's deep modules, picomatch (fdir require()s it at load time, a
 * second copy besides tinyglobby's), ignore. In the bundle, createRequire() hands out a require
 * that serves these from the bundle (compiled from the code cache, no file resolved or read);
 * anything else goes to Node's require, created on first need (a module-level createRequire()
 * costs a URL parse). resolve() answers a bundled module with its own name: fdir only checks
 * that picomatch resolves, and users' packages (extends, plugins) are never bundled.
 */
const BUNDLED_REQUIRES = [
  'picomatch',
  'ignore',
  'natural/lib/natural/stemmers/porter_stemmer.js',
  'natural/lib/natural/inflectors/noun_inflector.js',
  'natural/lib/natural/brill_pos_tagger/lib/Brill_POS_Tagger.js',
  'natural/lib/natural/brill_pos_tagger/lib/TransformationRule.js',
  'natural/lib/natural/brill_pos_tagger/data/English/tr_from_posjs.json',
];

const BUNDLED_CREATE_REQUIRE = `import { createRequire as createNodeRequire } from 'node:module';
const bundled = {
${BUNDLED_REQUIRES.map((id) => `  ${JSON.stringify(id)}: () => require(${JSON.stringify(id)}),`).join('\n')}
};
export function createRequire(from) {
  let nodeRequire;
  const node = () => (nodeRequire ??= createNodeRequire(from));
  const bundledRequire = (id) => (Object.hasOwn(bundled, id) ? bundled[id]() : node()(id));
  bundledRequire.resolve = (id, options) => (Object.hasOwn(bundled, id) ? id : node().resolve(id, options));
  return Object.defineProperties(bundledRequire, { cache: { get: () => node().cache }, main: { get: () => node().main } });
}
`;

/**
 * Node modules that loading the bundle would otherwise load (module-level imports) but that a
 * plain lint run never uses: child_process (commander's executable subcommands, the config
 * syntax check), crypto and v8 (the cache, SARIF fingerprints), fs/promises (report files,
 * unusual inputs), worker_threads (runs of 2,000 files and more). Each is a stand-in that loads
 * the module on first use of one of its exports (together about 6 ms and 60 of Node's internal
 * modules fewer per run).
 */
const LAZY_BUILTINS = /^(node:)?(child_process|crypto|fs\/promises|v8|worker_threads)$/;

/**
 * esbuild copies a bundled CommonJS module's keys into an ES namespace (__toESM) when it is
 * imported, so the stand-in lists the module's export names as the building Node has them, each
 * an accessor that loads the module; reading any export loads it.
 */
const lazyBuiltin = (name) => {
  const keys = Object.getOwnPropertyNames(require(name)).filter((key) => key !== 'default');
  return `let loaded;
const load = () => (loaded ??= require(${JSON.stringify(name)}));
const keys = ${JSON.stringify(keys)};
module.exports = new Proxy({}, {
  get: (_, key) => load()[key],
  has: (_, key) => key in load(),
  ownKeys: () => keys,
  getOwnPropertyDescriptor: (_, key) => (keys.includes(key) ? { configurable: true, enumerable: true, get: () => load()[key] } : undefined),
});
`;
};

const virtualModules = {
  name: 'virtual-modules',
  setup(build) {
    build.onResolve({ filter: /^(node:)?module$/ }, (args) => (args.namespace === 'file' ? { path: 'bundled-create-require', namespace: 'virtual' } : undefined));
    build.onResolve({ filter: LAZY_BUILTINS }, (args) => (args.namespace === 'file' ? { path: args.path.replace(/^(node:)?/, 'node:'), namespace: 'lazy-builtin' } : undefined));
    build.onLoad({ filter: /^bundled-create-require$/, namespace: 'virtual' }, () => ({ contents: BUNDLED_CREATE_REQUIRE, loader: 'js', resolveDir: DIST_SRC }));
    build.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => ({ contents: lazyBuiltin(args.path), loader: 'js' }));
  },
};

/** src/config/import-file.ts imports users' files; in the bundle, the loader's import() does (see src/cli-bundle.cts). */
const importThroughLoader = {
  name: 'import-through-loader',
  setup(build) {
    build.onLoad({ filter: /[\\/]config[\\/]import-file\.js$/ }, () => ({
      contents: "import { pathToFileURL } from 'node:url';\nexport const importFile = (file) => __okrlintImport(pathToFileURL(file).href);\n",
      loader: 'js',
    }));
  },
};

async function writeCodeCache() {
  const { CODE_CACHE_FILE, codeCacheHeader, loadBundle } = await loader();
  const { exports, script, source } = loadBundle({ useCodeCache: false });
  const io = { stdout() {}, stderr() {}, cwd: ROOT, env: {}, stdoutIsTTY: false };
  const code = await exports.main(TRAINING_ARGS, io);
  // 0 or 1: linted (with or without findings); 2 means the training run itself failed.
  if (code !== 0 && code !== 1) throw new Error(`bundle: the training run over ${TRAINING_ARGS[0]} ended with exit code ${code}`);
  writeFileSync(CODE_CACHE_FILE, Buffer.concat([Buffer.from(codeCacheHeader(source), 'latin1'), script.createCachedData()]));
}

// Last: the steps above use constants defined further down.
if (process.argv[2] === '--write-code-cache') await writeCodeCache();
else await bundle();
