/**
 * Builds the model from a document's plain data. It is tolerant: whatever the schema
 * rejects is skipped or coerced here, so the well-formed rest is still linted.
 */
import type { DataPath, KeyResult, KeyResultKind, Objective, OkrDocument } from './types.js';

type Data = Record<string, unknown>;

const KR_KINDS = new Set<KeyResultKind>(['metric', 'milestone', 'maintain', 'leading']);

function isRecord(value: unknown): value is Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/**
 * A copy of a string that does not hold on to the text it was cut from. Strings read from
 * YAML are slices of the whole file; the model outlives the file's text (the project pass
 * keeps every file's model), so each value would otherwise keep its entire file in memory.
 */
function detach(value: string): string {
  // V8 copies a cut of fewer than 13 characters instead of pointing into the text: such a
  // string holds nothing else already (ids, owners, units), and copying it again costs time.
  return value.length < MIN_SLICED_LENGTH ? value : (' ' + value).slice(1);
}

/** V8's SlicedString::kMinLength: shorter substrings are copies. */
const MIN_SLICED_LENGTH = 13;

/** A scalar as text; dates keep their ISO day; objects and lists are not text. */
function text(value: unknown): string | undefined {
  if (typeof value === 'string') return detach(value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return undefined;
}

function quantity(value: unknown): string | number | undefined {
  return typeof value === 'number' ? value : text(value);
}

/**
 * An exactly sized copy: an array filled by push keeps room for 17 items, and every model
 * is kept until the project pass ends.
 */
function exact<T>(items: T[]): T[] {
  return items.length === 0 ? [] : items.slice();
}

/**
 * Data paths are the same in every file (objectives[2].key_results[3]), so models share one
 * frozen array per place instead of two new arrays per node: a third of a model's memory.
 */
const SHARED_INDEXES = 64;
export const ROOT_PATH: DataPath = Object.freeze([]);

interface ObjectivePaths {
  path: DataPath;
  title: DataPath;
  keyResults: (readonly [DataPath, DataPath])[];
}
const objectivePaths: ObjectivePaths[] = [];

export function pathsOfObjective(index: number): ObjectivePaths {
  const known = objectivePaths[index];
  if (known) return known;
  const paths = { path: Object.freeze(['objectives', index]), title: Object.freeze(['objectives', index, 'title']), keyResults: [] };
  if (index < SHARED_INDEXES) objectivePaths[index] = paths;
  return paths;
}

/** A key result's path and the path of its title (when it is a mapping). */
export function pathsOfKeyResult(objective: number, index: number): readonly [DataPath, DataPath] {
  const shared = pathsOfObjective(objective).keyResults;
  const known = shared[index];
  if (known) return known;
  const path = Object.freeze(['objectives', objective, 'key_results', index]);
  const paths = [path, Object.freeze([...path, 'title'])] as const;
  if (index < SHARED_INDEXES) shared[index] = paths;
  return paths;
}

/** Whether the schema rejected the value at a data path: rules then see no value there, so it is reported once. */
export type Rejected = (path: readonly (string | number)[]) => boolean;
const NOTHING_REJECTED: Rejected = () => false;
const rejectedNodes = new WeakSet<KeyResult>();

/** A node the schema rejected as a whole: the engine does not visit it. */
export function isRejectedNode(node: KeyResult): boolean {
  return rejectedNodes.has(node);
}

export function buildDocument(data: unknown, filePath: string, index: number, rejected: Rejected = NOTHING_REJECTED): OkrDocument | undefined {
  if (!isRecord(data)) return undefined;
  data = valid(data, [], rejected);
  if (!isRecord(data)) return undefined;
  const objectives: Objective[] = [];
  const document: { -readonly [K in keyof OkrDocument]: OkrDocument[K] } = {
    type: 'document',
    path: ROOT_PATH,
    textPath: ROOT_PATH,
    filePath,
    index,
    period: text(data.period),
    team: text(data.team),
    owner: text(data.owner),
    objectives,
  };
  const list = Array.isArray(data.objectives) ? data.objectives : [];
  list.forEach((item, i) => {
    const objective = buildObjective(valid(item, ['objectives', i], rejected), document, i, rejected);
    if (objective) objectives.push(objective);
  });
  document.objectives = exact(objectives);
  return document;
}

function buildObjective(data: unknown, document: OkrDocument, index: number, rejected: Rejected): Objective | undefined {
  if (!isRecord(data)) return undefined;
  const paths = pathsOfObjective(index);
  const keyResults: KeyResult[] = [];
  const alignsTo = Array.isArray(data.aligns_to) ? data.aligns_to : [data.aligns_to];
  const objective: { -readonly [K in keyof Objective]: Objective[K] } = {
    type: 'objective',
    path: paths.path,
    textPath: paths.title,
    document,
    index,
    id: text(data.id),
    title: text(data.title) ?? '',
    owner: text(data.owner),
    alignsTo: exact(alignsTo.map(text).filter((v): v is string => v !== undefined)),
    keyResults,
  };
  const list = Array.isArray(data.key_results) ? data.key_results : [];
  list.forEach((item, i) => {
    const paths = pathsOfKeyResult(index, i);
    const kr = buildKeyResult(valid(item, paths[0], rejected), objective, paths, i);
    if (!kr) return;
    keyResults.push(kr);
    // Still counted with its objective, but a key result the schema rejected as a whole ("- 99") is not judged.
    if (rejected(paths[0])) rejectedNodes.add(kr);
  });
  objective.keyResults = exact(keyResults);
  return objective;
}

function buildKeyResult(data: unknown, objective: Objective, [path, titlePath]: readonly [DataPath, DataPath], index: number): KeyResult | undefined {
  const plain = text(data);
  if (plain !== undefined) {
    return { type: 'keyResult', path, textPath: path, objective, index, form: 'text', title: plain };
  }
  if (!isRecord(data)) return undefined;
  const kind = text(data.kind);
  return {
    type: 'keyResult',
    path,
    textPath: titlePath,
    objective,
    index,
    form: 'mapping',
    title: text(data.title) ?? '',
    kind: kind && KR_KINDS.has(kind as KeyResultKind) ? (kind as KeyResultKind) : undefined,
    baseline: quantity(data.baseline),
    target: quantity(data.target),
    current: quantity(data.current),
    unit: text(data.unit),
    source: text(data.source),
    owner: text(data.owner),
    due: text(data.due),
  };
}

/** A mapping without the fields the schema rejected; anything else as it is. */
function valid(data: unknown, path: readonly (string | number)[], rejected: Rejected): unknown {
  // Most files have no rejected value: no per-key path is built for them.
  if (rejected === NOTHING_REJECTED || !isRecord(data)) return data;
  let kept: Record<string, unknown> | undefined;
  for (const key of Object.keys(data)) {
    if (!rejected([...path, key])) continue;
    kept ??= { ...data };
    delete kept[key];
  }
  return kept ?? data;
}
