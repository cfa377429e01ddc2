/** Formatters load lazily: a run pays only for the formats it prints. */
import { FatalError } from '../engine/errors.js';
import type { Formatter, ReportWriter } from './types.js';

export type { Formatter, FormatterContext, ReportSource, ReportWriter, Totals } from './types.js';

/** Every format module gives the report as one string and, for large runs, piece by piece. */
interface FormatterModule {
  default: Formatter;
  write: ReportWriter;
}

const FORMATTERS: Record<string, () => Promise<FormatterModule>> = {
  stylish: () => import('./stylish.js'),
  compact: () => import('./compact.js'),
  json: () => import('./json.js'),
  sarif: () => import('./sarif.js'),
  github: () => import('./github.js'),
  junit: () => import('./junit.js'),
  checkstyle: () => import('./checkstyle.js'),
  markdown: () => import('./markdown.js'),
  html: () => import('./html.js'),
};

/** Formats read by people in a terminal; only these are ever coloured. */
export const HUMAN_FORMATS: ReadonlySet<string> = new Set(['stylish']);

export const formatterNames = (): string[] => Object.keys(FORMATTERS);

export const isFormatterName = (name: string): boolean => Object.hasOwn(FORMATTERS, name);

async function loadModule(name: string): Promise<FormatterModule> {
  const load = Object.hasOwn(FORMATTERS, name) ? FORMATTERS[name] : undefined;
  if (!load) throw new FatalError(`Unknown format "${name}"; choose one of: ${formatterNames().join(', ')}.`);
  return load();
}

export async function loadFormatter(name: string): Promise<Formatter> {
  return (await loadModule(name)).default;
}

/** The format as a writer: the report comes out about one file at a time, never as one string. */
export async function loadReportWriter(name: string): Promise<ReportWriter> {
  return (await loadModule(name)).write;
}
