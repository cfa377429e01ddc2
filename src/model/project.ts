/**
 * The model a project pass keeps of every file, packed: the document and its objectives as
 * plain data, each objective's key results as one JSON string. A run of 10,000 files holds
 * this until the project pass, and key results were two thirds of it as objects (about
 * 2.5 kB a file); the built-in project rules never read them. `unpackDocument` gives project
 * rules the same OkrDocument as the file pass: an objective's keyResults are built again,
 * with every field, on first access. The packed form is cloneable (worker threads, the cache).
 */
import { pathsOfKeyResult, pathsOfObjective, ROOT_PATH } from './build.js';
import type { DataPath, KeyResult, KeyResultKind, Objective, OkrDocument } from './types.js';

export interface PackedDocument {
  filePath: string;
  index: number;
  period?: string;
  team?: string;
  owner?: string;
  objectives: PackedObjective[];
}

export interface PackedObjective {
  index: number;
  id?: string;
  title: string;
  owner?: string;
  alignsTo: string[];
  keyResultCount: number;
  /** JSON: per key result [index, form, ...KR_FIELDS] (see packKeyResult). */
  keyResults: string;
}

const KR_FIELDS = ['title', 'kind', 'baseline', 'target', 'current', 'unit', 'source', 'owner', 'due'] as const;
type Packed = string | number | null | { n: string };

export function packDocument(document: OkrDocument): PackedDocument {
  const { filePath, index, period, team, owner } = document;
  return {
    filePath,
    index,
    period,
    team,
    owner,
    objectives: document.objectives.map((objective) => ({
      index: objective.index,
      id: objective.id,
      title: objective.title,
      owner: objective.owner,
      alignsTo: objective.alignsTo,
      keyResultCount: objective.keyResults.length,
      keyResults: JSON.stringify(objective.keyResults.map(packKeyResult)),
    })),
  };
}

/** [index, 0, title] for a plain-text key result; [index, 1, ...KR_FIELDS] without trailing nulls for a mapping. */
function packKeyResult(keyResult: KeyResult): Packed[] {
  if (keyResult.form === 'text') return [keyResult.index, 0, keyResult.title];
  const packed: Packed[] = [keyResult.index, 1, ...KR_FIELDS.map((field) => packValue(keyResult[field]))];
  while (packed[packed.length - 1] === null) packed.pop();
  return packed;
}

/** JSON keeps every finite number exactly; Infinity, NaN and -0 (YAML .inf, .nan, -0) go as text. */
function packValue(value: string | number | undefined): Packed {
  if (value === undefined) return null;
  if (typeof value === 'number' && (!Number.isFinite(value) || Object.is(value, -0))) return { n: Object.is(value, -0) ? '-0' : String(value) };
  return value;
}

function unpackValue(value: Packed): string | number | undefined {
  if (value === null) return undefined;
  return typeof value === 'object' ? Number(value.n) : value;
}

export function unpackDocument(packed: PackedDocument): OkrDocument {
  const objectives: Objective[] = [];
  const document: OkrDocument = {
    type: 'document',
    path: ROOT_PATH,
    textPath: ROOT_PATH,
    filePath: packed.filePath,
    index: packed.index,
    period: packed.period,
    team: packed.team,
    owner: packed.owner,
    objectives,
  };
  for (const objective of packed.objectives) objectives.push(new ProjectObjective(document, objective));
  return document;
}

/** An objective of the project pass: its key results are unpacked when first read. */
export class ProjectObjective implements Objective {
  readonly type = 'objective';
  readonly path: DataPath;
  readonly textPath: DataPath;
  readonly index: number;
  readonly id?: string;
  readonly title: string;
  readonly owner?: string;
  readonly alignsTo: string[];
  readonly keyResultCount: number;
  private packed: string | KeyResult[];

  constructor(
    readonly document: OkrDocument,
    packed: PackedObjective,
  ) {
    const paths = pathsOfObjective(packed.index);
    this.path = paths.path;
    this.textPath = paths.title;
    this.index = packed.index;
    this.id = packed.id;
    this.title = packed.title;
    this.owner = packed.owner;
    this.alignsTo = packed.alignsTo;
    this.keyResultCount = packed.keyResultCount;
    this.packed = packed.keyResults;
  }

  get keyResults(): KeyResult[] {
    if (typeof this.packed === 'string') this.packed = (JSON.parse(this.packed) as Packed[][]).map((values) => this.unpackKeyResult(values));
    return this.packed;
  }

  private unpackKeyResult([index, form, ...values]: Packed[]): KeyResult {
    const [path, titlePath] = pathsOfKeyResult(this.index, index as number);
    const [title, kind, baseline, target, current, unit, source, owner, due] = values.map(unpackValue);
    if (form === 0) return { type: 'keyResult', path, textPath: path, objective: this, index: index as number, form: 'text', title: title as string };
    return {
      type: 'keyResult',
      path,
      textPath: titlePath,
      objective: this,
      index: index as number,
      form: 'mapping',
      title: title as string,
      kind: kind as KeyResultKind | undefined,
      baseline,
      target,
      current,
      unit: unit as string | undefined,
      source: source as string | undefined,
      owner: owner as string | undefined,
      due: due as string | undefined,
    };
  }
}

/** How many key results an objective has, without unpacking them. */
export function keyResultCount(objective: Objective): number {
  return objective instanceof ProjectObjective ? objective.keyResultCount : objective.keyResults.length;
}
