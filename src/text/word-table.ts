/**
 * A lookup table keyed by words from OKR text. A plain object literal inherits Object's
 * properties, so `"constructor" in table` is true and `table.constructor` is a function:
 * "Increase constructor retention" once read as a multiple of a function. These tables have
 * no prototype, so only the words they list are keys.
 */
export function wordTable<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
