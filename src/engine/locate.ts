/** Turns model nodes into positions: the one place where paths become line and column. */
import type { DataPath, OkrNode } from '../model/types.js';
import type { ParsedDocument, Position } from '../yaml/parse.js';

export class Locator {
  constructor(private readonly document: ParsedDocument) {}

  path(path: DataPath, atKey = false): Position {
    return this.document.locate(path, atKey);
  }

  node(node: OkrNode, field?: string): Position {
    if (field) return this.path(node.path.concat(field));
    return this.path(node.textPath);
  }
}
