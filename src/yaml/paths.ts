/**
 * Data paths (keys and indexes) to YAML nodes. Aliases are followed to their anchors and
 * merge keys (`<<: *base`) to the mappings they merge, in the same order the data sees
 * them: a mapping's own keys win, then each merged mapping in turn, first one first.
 * A value that came in through a merge is located where it is written, in the base.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, Scalar } from 'yaml';
import type { Document, Node, Pair, YAMLMap } from 'yaml';

/** Follows at most this many aliases or merges per step, which also stops alias cycles. */
const MAX_HOPS = 64;

/** Finds the pair for `key` in a mapping node, looking into merged mappings when needed. */
export function findPair(map: unknown, key: string, document?: Document): Pair | undefined {
  if (!isMap(map)) return undefined;
  const queue: YAMLMap[] = [map];
  for (let hops = 0; queue.length > 0 && hops < MAX_HOPS; hops++) {
    const current = queue.shift()!;
    const own = current.items.find((pair) => !isMergePair(pair) && keyName(pair.key) === key);
    if (own) return own;
    if (!document) continue;
    for (const pair of current.items) {
      if (!isMergePair(pair)) continue;
      const sources = isSeq(pair.value) ? pair.value.items : [pair.value];
      for (const source of sources) {
        const resolved = resolve(source, document);
        if (isMap(resolved)) queue.push(resolved);
      }
    }
  }
  return undefined;
}

/**
 * Resolves a data path to a YAML node. With `atKey`, the last segment resolves to the
 * key node of its pair, which is where an unknown key belongs. When the path leaves the
 * tree (a missing key or index), the deepest node found stands in for it.
 */
export function nodeAtPath(root: unknown, path: readonly (string | number)[], atKey = false, document?: Document): Node | undefined {
  let current: unknown = root;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    const last = i === path.length - 1;
    const container = document ? resolve(current, document) : current;
    if (isMap(container)) {
      const pair = findPair(container, String(segment), document);
      if (!pair) return current as Node;
      if (last && atKey) return pair.key as Node;
      current = pair.value ?? pair.key;
    } else if (isSeq(container) && typeof segment === 'number') {
      const item = container.items[segment];
      if (item === undefined) return current as Node;
      current = isPair(item) ? item.key : item;
    } else {
      return current as Node;
    }
  }
  return current as Node;
}

/** Follows an alias to its anchored node; any other node is returned as it is. */
function resolve(node: unknown, document: Document): unknown {
  let current = node;
  for (let hops = 0; isAlias(current) && hops < MAX_HOPS; hops++) {
    try {
      current = current.resolve(document);
    } catch {
      return undefined;
    }
  }
  return current;
}

function isMergePair(pair: Pair<unknown, unknown>): boolean {
  return isMergeKey(pair.key);
}

/** A plain `<<` key; with merges on, the yaml library gives it the value Symbol('<<'). */
export function isMergeKey(key: unknown): boolean {
  if (!isScalar(key) || (key.type !== undefined && key.type !== Scalar.PLAIN)) return false;
  const value: unknown = key.value;
  return value === '<<' || (typeof value === 'symbol' && value.description === '<<');
}

function keyName(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return key === null || key === undefined ? '' : undefined;
}
