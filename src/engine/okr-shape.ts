/** Whether a YAML document is meant as an OKR file, and what it is when it is not. */

const OKR_KEYS = ['period', 'team', 'objectives'];

/** A mapping with at least one OKR key: anything else is reported as okr/not-okr-file. */
export function looksLikeOkr(data: unknown): boolean {
  return typeof data === 'object' && data !== null && !Array.isArray(data) && OKR_KEYS.some((k) => k in (data as object));
}

export function describeNonOkr(data: unknown): string {
  if (Array.isArray(data)) return 'This YAML document is a list, not an OKR file';
  if (data === null || data === undefined) return 'This YAML document is empty';
  if (typeof data !== 'object') return `This YAML document is a single ${typeof data} value, not an OKR file`;
  return 'This YAML document has none of the keys period, team or objectives';
}
