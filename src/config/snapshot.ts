/**
 * A JavaScript config is code: its default export may have getters (or be a Proxy) that throw
 * when read. Reading it all once, here, turns such a failure into a config error naming the
 * property; everything after works on the copy, which no later read can make throw.
 */
import type { ConfigPath } from './types.js';

export type Snapshot = { ok: true; value: unknown } | { ok: false; path: ConfigPath; reason: string };

/** A copy of the plain objects and arrays in `value` (cycles kept); anything else is kept as it is. */
export function snapshotData(value: unknown): Snapshot {
  const copies = new Map<object, unknown>();
  const path: (string | number)[] = [];
  const copy = (item: unknown): unknown => {
    if (typeof item !== 'object' || item === null) return item;
    const known = copies.get(item);
    if (known !== undefined) return known;
    if (Array.isArray(item)) {
      const array: unknown[] = [];
      copies.set(item, array);
      for (let index = 0; index < item.length; index++) {
        path.push(index);
        array.push(copy(item[index]));
        path.pop();
      }
      return array;
    }
    const prototype = Object.getPrototypeOf(item);
    if (prototype !== Object.prototype && prototype !== null) return item;
    const object: Record<string, unknown> = {};
    copies.set(item, object);
    for (const key of Object.keys(item)) {
      path.push(key);
      object[key] = copy((item as Record<string, unknown>)[key]);
      path.pop();
    }
    return object;
  };
  try {
    return { ok: true, value: copy(value) };
  } catch (error) {
    return { ok: false, path: [...path], reason: describe(error) };
  }
}

/** The first line of what was thrown; a thrown value may itself refuse to become text. */
function describe(error: unknown): string {
  try {
    const text = error instanceof Error ? error.message : String(error);
    return text.split('\n')[0]!.trim() || (error instanceof Error ? error.name : 'an empty error');
  } catch {
    return 'a value that cannot be shown';
  }
}
