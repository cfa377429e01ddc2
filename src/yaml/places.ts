/**
 * Source ranges of a document's nodes, kept in a tree shaped like its data: what the
 * common-shape reader (common-shape.ts) builds instead of yaml's Document nodes. Paths
 * resolve as nodeAtPath (paths.ts) resolves them on a Document.
 */
export interface Place {
  /** Where the node's value starts and ends (without trailing comments), as yaml's range[0] and range[1]. */
  start: number;
  end: number;
  /** A mapping's key names, compared as findPair compares them (String of the key's value). */
  keys?: string[];
  /** A mapping's key nodes, beside `keys`. */
  keyPlaces?: Place[];
  /** A mapping's values, or a sequence's items. */
  children?: Place[];
}

/**
 * The place at a data path. With `atKey`, the last segment resolves to its key. When the
 * path leaves the tree, the deepest place found stands in for it.
 */
export function placeAtPath(root: Place, path: readonly (string | number)[], atKey: boolean): Place {
  let current = root;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    const { keys, children } = current;
    if (keys) {
      const at = keys.indexOf(String(segment));
      if (at < 0) return current;
      if (atKey && i === path.length - 1) return current.keyPlaces![at]!;
      current = children![at]!;
    } else if (children && typeof segment === 'number') {
      const item = children[segment];
      if (item === undefined) return current;
      current = item;
    } else {
      return current;
    }
  }
  return current;
}
