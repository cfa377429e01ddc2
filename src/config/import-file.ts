/**
 * Imports a user's JavaScript file (a shareable configuration, a plugin) as an ES module.
 * Its own module because the CLI bundle (scripts/bundle.mjs) replaces it: code compiled with a
 * V8 code cache (src/cli-bundle.cts) cannot call import() itself on Node 20, so there it asks
 * the loader, an ES module, to import the file.
 */
import { pathToFileURL } from 'node:url';

export function importFile(file: string): Promise<Record<string, unknown>> {
  return import(pathToFileURL(file).href) as Promise<Record<string, unknown>>;
}
