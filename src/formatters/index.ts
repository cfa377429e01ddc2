/** Formatters load lazily: a run pays only for the format it prints. */
import { FatalError } from '../engine/errors.js';
import type { Formatter } from './types.js';

export type { Formatter, FormatterContext } from './types.js';

const FORMATTERS: Record<string, () => Promise<{ default: Formatter }>> = {
  stylish: () => import('./stylish.js'),
  json: () => import('./json.js'),
};

export const formatterNames = (): string[] => Object.keys(FORMATTERS);

export async function loadFormatter(name: string): Promise<Formatter> {
  const load = FORMATTERS[name];
  if (!load) throw new FatalError(`Unknown format "${name}"; choose one of: ${formatterNames().join(', ')}.`);
  return (await load()).default;
}
