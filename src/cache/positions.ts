/**
 * Positions for the project pass without keeping YAML trees. While a document's tree is
 * alive, the places a project rule can report (the document, each objective and its fields,
 * each key result's text) are resolved once and packed into one Int32Array, about half a
 * kilobyte per file. The tree is then dropped; the table also travels from worker threads
 * and through the cache as plain data.
 */
import { keyResultCount, type PackedDocument } from '../model/project.js';
import type { OkrDocument, OkrNode } from '../model/types.js';
import type { Position } from '../yaml/parse.js';

/** What the engine asks of a locator; the live Locator has the same shape. */
export interface NodeLocator {
  node(node: OkrNode, field?: string): Position;
}

const DOCUMENT_FIELDS = ['period', 'team', 'owner', 'objectives'];
const OBJECTIVE_FIELDS = ['id', 'title', 'owner', 'aligns_to', 'key_results'];
const SLOT = 4;

/** Slots in order: the document and its fields, then per objective itself, its fields and its key results. */
function slotOf(document: OkrDocument, node: OkrNode, field: string | undefined): number | undefined {
  if (node.type === 'document') {
    if (field === undefined) return 0;
    const at = DOCUMENT_FIELDS.indexOf(field);
    return at < 0 ? 0 : 1 + at;
  }
  let slot = 1 + DOCUMENT_FIELDS.length;
  const objective = node.type === 'objective' ? node : node.objective;
  for (const candidate of document.objectives) {
    if (candidate === objective) break;
    slot += 1 + OBJECTIVE_FIELDS.length + keyResultCount(candidate);
  }
  if (node.type === 'objective') {
    if (field === undefined) return slot;
    const at = OBJECTIVE_FIELDS.indexOf(field);
    return at < 0 ? slot : slot + 1 + at;
  }
  const index = objective.keyResults.indexOf(node);
  return index < 0 ? undefined : slot + 1 + OBJECTIVE_FIELDS.length + index;
}

/** Resolves every slot of a document through the live locator, in slotOf's order. */
export function snapshotPositions(document: OkrDocument, live: NodeLocator): Int32Array {
  let slots = 1 + DOCUMENT_FIELDS.length;
  for (const objective of document.objectives) slots += 1 + OBJECTIVE_FIELDS.length + objective.keyResults.length;
  const table = new Int32Array(slots * SLOT);
  let at = 0;
  const put = (node: OkrNode, field?: string) => {
    const p = live.node(node, field);
    table[at] = p.line;
    table[at + 1] = p.column;
    table[at + 2] = p.endLine;
    table[at + 3] = p.endColumn;
    at += SLOT;
  };
  put(document);
  for (const field of DOCUMENT_FIELDS) put(document, field);
  for (const objective of document.objectives) {
    put(objective);
    for (const field of OBJECTIVE_FIELDS) put(objective, field);
    for (const keyResult of objective.keyResults) put(keyResult);
  }
  return table;
}

/** A locator over a snapshot; fields outside the table fall back to the node itself. */
export class PositionTable implements NodeLocator {
  constructor(
    private readonly document: OkrDocument,
    readonly table: Int32Array,
  ) {}

  node(node: OkrNode, field?: string): Position {
    const slot = slotOf(this.document, node, field) ?? 0;
    const at = (slot * SLOT < this.table.length ? slot : 0) * SLOT;
    const t = this.table;
    return { line: t[at]!, column: t[at + 1]!, endLine: t[at + 2]!, endColumn: t[at + 3]! };
  }
}

/** One document's input to the project pass, as plain, cloneable data. */
export interface ProjectData {
  document: PackedDocument;
  positions: Int32Array;
}
