#!/usr/bin/env node
// Thin launcher: the CLI returns an exit code; it never calls process.exit itself.
import { statSync } from 'node:fs';
import module from 'node:module';

// Node 22.1+ keeps compiled ES modules on disk (in its own temporary directory;
// NODE_DISABLE_COMPILE_CACHE=1 turns it off): it serves the unbundled sources. The bundle
// brings its own code cache (src/cli-bundle.ts).
try {
  module.enableCompileCache?.();
} catch {
  // A cache that cannot be set up only costs speed.
}

// The bundle (scripts/bundle.mjs) starts faster; it is used only while newer than the compiled sources.
const mtime = (path) => statSync(new URL(path, import.meta.url), { throwIfNoEntry: false })?.mtimeMs ?? -1;
const bundled = mtime('../dist/bundle/okrlint.cjs') >= mtime('../dist/src/cli.js');
const { guardProcess, main } = bundled ? (await import('../dist/src/cli-bundle.js')).loadBundle().exports : await import('../dist/src/cli.js');

// Closed stdout, Ctrl-C and escaped errors end with one line and a known exit code.
guardProcess(process);
process.exitCode = await main(process.argv.slice(2));
