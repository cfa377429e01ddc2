/** The typed OKR model. Every node knows its data path; the engine turns paths into positions. */
export type DataPath = readonly (string | number)[];

export type KeyResultKind = 'metric' | 'milestone' | 'maintain' | 'leading';

interface ModelNode {
  /** Path of this node inside its YAML document. */
  readonly path: DataPath;
  /** Path of the node's text (title), where findings about the text are placed. */
  readonly textPath: DataPath;
}

export interface OkrDocument extends ModelNode {
  readonly type: 'document';
  readonly filePath: string;
  /** 0-based index of the YAML document within the file. */
  readonly index: number;
  readonly period?: string;
  readonly team?: string;
  readonly owner?: string;
  readonly objectives: Objective[];
}

export interface Objective extends ModelNode {
  readonly type: 'objective';
  readonly document: OkrDocument;
  readonly index: number;
  readonly id?: string;
  readonly title: string;
  readonly owner?: string;
  readonly alignsTo: string[];
  readonly keyResults: KeyResult[];
}

export interface KeyResult extends ModelNode {
  readonly type: 'keyResult';
  readonly objective: Objective;
  readonly index: number;
  /** 'text' for a plain-string key result, 'mapping' for the structured form. */
  readonly form: 'text' | 'mapping';
  readonly title: string;
  readonly kind?: KeyResultKind;
  readonly baseline?: string | number;
  readonly target?: string | number;
  readonly current?: string | number;
  readonly unit?: string;
  readonly source?: string;
  readonly owner?: string;
  readonly due?: string;
}

export type OkrNode = OkrDocument | Objective | KeyResult;
