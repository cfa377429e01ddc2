/** Byte sizes as people write them ("500k", "2MB", "1048576") and as messages show them. */
import { FatalError } from '../engine/errors.js';

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, kib: 1024, m: 1024 ** 2, mb: 1024 ** 2, mib: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3, gib: 1024 ** 3 };

/** Parses a size for --max-file-size; a bad value is a one-line fatal error. */
export function parseSize(value: string, option = '--max-file-size'): number {
  const match = /^\s*(\d{1,12}(?:\.\d{1,3})?)\s*([a-z]{0,3})\s*$/i.exec(value);
  const factor = match ? UNITS[match[2]!.toLowerCase()] : undefined;
  if (!match || factor === undefined) {
    throw new FatalError(`${option} expects a size such as 500k, 2mb or 1048576 (bytes), got "${value}".`);
  }
  const bytes = Math.floor(Number(match[1]) * factor);
  if (bytes < 1) throw new FatalError(`${option} must be at least 1 byte, got "${value}".`);
  return bytes;
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 ** 2) return `${trim(bytes / 1024)} KB`;
  return `${trim(bytes / 1024 ** 2)} MB`;
}

/**
 * A size and the limit it exceeds, written so the difference shows: "1.05 MB" over "1 MB", not
 * "1 MB" over "1 MB"; when no rounding tells them apart, exact bytes.
 */
export function formatSizeOverLimit(bytes: number, limit: number): [size: string, limit: string] {
  const rounded: [string, string] = [formatSize(bytes), formatSize(limit)];
  if (rounded[0] !== rounded[1]) return rounded;
  const precise: [string, string] = [preciseSize(bytes), preciseSize(limit)];
  if (precise[0] !== precise[1]) return precise;
  return [`${bytes.toLocaleString('en-US')} bytes`, `${limit.toLocaleString('en-US')} bytes`];
}

function preciseSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const [value, unit] = bytes < 1024 ** 2 ? [bytes / 1024, 'KB'] : [bytes / 1024 ** 2, 'MB'];
  return `${value.toFixed(2).replace(/\.?0+$/, '')} ${unit}`;
}

function trim(n: number): string {
  return n >= 10 ? String(Math.round(n)) : n.toFixed(1).replace(/\.0$/, '');
}
