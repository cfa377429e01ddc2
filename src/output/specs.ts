/**
 * `-f name[:path]` specifications: which formats to produce and where each goes.
 * Standard output takes at most one format; `--output-file` names the file for the
 * single-format case.
 */
import { FatalError } from '../engine/errors.js';
import { formatterNames, isFormatterName } from '../formatters/index.js';

export interface OutputSpec {
  format: string;
  /** Where to write the report, as given (relative to cwd); undefined means standard output. */
  path?: string;
}

export const DEFAULT_FORMAT = 'stylish';

export function parseOutputSpecs(formats: readonly string[] | string | undefined, outputFile?: string): OutputSpec[] {
  const given = formats === undefined ? [] : typeof formats === 'string' ? [formats] : [...formats];
  const specs = (given.length ? given : [DEFAULT_FORMAT]).map(parseOne);
  if (outputFile !== undefined) {
    const unplaced = specs.filter((s) => s.path === undefined);
    if (specs.length > 1 || unplaced.length !== 1) {
      throw new FatalError('--output-file takes a single format; with several formats give each its own path, e.g. -f sarif:reports/okrlint.sarif.');
    }
    unplaced[0]!.path = outputFile;
  }
  const toStdout = specs.filter((s) => s.path === undefined);
  if (toStdout.length > 1) {
    throw new FatalError(`Only one format can print to standard output (got ${toStdout.map((s) => s.format).join(', ')}); give the others a file, e.g. -f ${toStdout[1]!.format}:reports/okrlint.${toStdout[1]!.format}.`);
  }
  const paths = new Set<string>();
  for (const spec of specs) {
    if (spec.path === undefined) continue;
    if (paths.has(spec.path)) throw new FatalError(`Two formats write to "${spec.path}"; give each format its own file.`);
    paths.add(spec.path);
  }
  return specs;
}

function parseOne(text: string): OutputSpec {
  const colon = text.indexOf(':');
  const format = (colon === -1 ? text : text.slice(0, colon)).trim();
  const path = colon === -1 ? undefined : text.slice(colon + 1).trim();
  if (!isFormatterName(format)) {
    throw new FatalError(`Unknown format "${format}" in -f ${text}; choose one of: ${formatterNames().join(', ')}.`);
  }
  if (path === '') throw new FatalError(`-f ${text} names no file after the colon; write -f ${format}:path/to/report or -f ${format}.`);
  return path === undefined ? { format } : { format, path };
}
