#!/usr/bin/env node
// Thin launcher: the CLI returns an exit code; it never calls process.exit itself.
import { main } from '../dist/src/cli.js';

process.exitCode = await main(process.argv.slice(2));
