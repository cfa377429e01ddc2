#!/usr/bin/env node
// Thin launcher: the CLI returns an exit code; it never calls process.exit itself.
import { guardProcess, main } from '../dist/src/cli.js';

// Closed stdout, Ctrl-C and escaped errors end with one line and a known exit code.
guardProcess(process);
process.exitCode = await main(process.argv.slice(2));
