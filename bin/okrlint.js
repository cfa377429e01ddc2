#!/usr/bin/env node
// Thin launcher: the CLI returns an exit code; it never calls process.exit itself. CommonJS
// (bin/package.json): with the bundle, a run never starts Node's ES module loader (a few ms).
const { statSync } = require('node:fs');
const { join } = require('node:path');

// Node 22.1+ keeps compiled ES modules on disk (in its own temporary directory;
// NODE_DISABLE_COMPILE_CACHE=1 turns it off): it serves the unbundled sources. The bundle
// brings its own code cache (src/cli-bundle.cts).
try {
  require('node:module').enableCompileCache?.();
} catch {
  // A cache that cannot be set up only costs speed.
}

// The bundle (scripts/bundle.mjs) starts faster. In a checkout (sources beside dist/) it is used
// only while newer than the compiled sources, so a plain `tsc` rebuild is never shadowed by a
// stale bundle; an installed package has no sources, and npm sets its file times in tarball
// order, so there the bundle is used whenever it is present.
const mtime = (path) => statSync(join(__dirname, path), { throwIfNoEntry: false })?.mtimeMs ?? -1;
const bundleTime = mtime('../dist/bundle/okrlint.cjs');
const checkout = mtime('../src/cli.ts') >= 0;
const bundled = bundleTime >= 0 && (!checkout || bundleTime >= mtime('../dist/src/cli.js'));
const cli = bundled ? Promise.resolve(require('../dist/src/cli-bundle.cjs').loadBundle().exports) : import('../dist/src/cli.js');

cli.then(async ({ guardProcess, boundHeapGrowth, main }) => {
  // Closed stdout, Ctrl-C and escaped errors end with one line and a known exit code.
  guardProcess(process);
  // Only once the bundle is compiled: V8 takes a code cache only under the flags it was made with.
  boundHeapGrowth();
  process.exitCode = await main(process.argv.slice(2));
});
