#!/usr/bin/env node
// Thin launcher: the CLI returns an exit code; it never calls process.exit itself.
import { statSync } from 'node:fs';

// The bundle (scripts/bundle.mjs) starts faster; it is used only while newer than the compiled sources.
const mtime = (path) => statSync(new URL(path, import.meta.url), { throwIfNoEntry: false })?.mtimeMs ?? -1;
const bundled = mtime('../dist/bundle/cli.js') >= mtime('../dist/src/cli.js');
const { guardProcess, main } = await import(bundled ? '../dist/bundle/cli.js' : '../dist/src/cli.js');

// Closed stdout, Ctrl-C and escaped errors end with one line and a known exit code.
guardProcess(process);
process.exitCode = await main(process.argv.slice(2));
