/** Formatters load lazily: a run pays only for the formats it prints. */
import { FatalError } from '../engine/errors.js';
import type { Formatter } from './types.js';

export type { Formatter, FormatterContext } from './types.js';

const FORMATTERS: Record<string, () => Promise<{ default: Formatter }>> = {
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

export async function loadFormatter(name: string): Promise<Formatter> {
  const load = Object.hasOwn(FORMATTERS, name) ? FORMATTERS[name] : undefined;
  if (!load) throw new FatalError(`Unknown format "${name}"; choose one of: ${formatterNames().join(', ')}.`);
  return (await load()).default;
}
