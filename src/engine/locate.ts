/** Turns model nodes into positions: the one place where paths become line and column. */
import type { Document, LineCounter } from 'yaml';
import type { DataPath, OkrNode } from '../model/types.js';
import { nodeAtPath, nodeRange, toPosition, type Position } from '../yaml/parse.js';

export class Locator {
  constructor(
    private readonly document: Document.Parsed,
    private readonly lineCounter: LineCounter,
  ) {}

  path(path: DataPath, atKey = false): Position {
    const node = nodeAtPath(this.document.contents, path, atKey, this.document) ?? this.document.contents;
    const range = nodeRange(node) ?? { start: 0, end: 0 };
    return toPosition(this.lineCounter, range);
  }

  node(node: OkrNode, field?: string): Position {
    if (field) return this.path([...node.path, field]);
    return this.path(node.textPath);
  }
}
